import { waitFor } from '../../../test/support/wait';
import { type QloAppsRig, startQloAppsRig, TENANT } from '../../../test/support/qloapps-kit';
import { PmsRejectedError, PmsUnavailableError } from '../pms.errors';

const query = { tenantId: TENANT, checkIn: '2026-12-12', checkOut: '2026-12-15', guests: 2 };

async function failure(promise: Promise<unknown>): Promise<Error> {
  const outcome = await promise.then(
    () => new Error('expected a failure'),
    (error: unknown) => error,
  );
  if (!(outcome instanceof Error)) throw new Error('rejected with a non-error');
  return outcome;
}

describe('QloAppsAdapter when QloApps misbehaves', () => {
  let rig: QloAppsRig;

  beforeEach(async () => {
    rig = await startQloAppsRig();
  });

  afterEach(async () => {
    await rig.close();
  });

  it('reports a missing key (the plain-text 401) as unavailable, saying the key is wrong', async () => {
    const error = await failure(rig.adapterWith({ apiKey: '' }).checkAvailability(query));
    expect(error).toBeInstanceOf(PmsUnavailableError);
    expect(error.message).toMatch(/key is wrong or lacks the grant/);
  });

  it('reports a wrong key (the JSON 401) as unavailable, with QloApps’ code', async () => {
    const error = await failure(rig.adapterWith({ apiKey: 'X'.repeat(32) }).checkAvailability(query));
    expect(error).toBeInstanceOf(PmsUnavailableError);
    expect(error.message).toMatch(
      /\[18\] Invalid authentication key format.*key is wrong or lacks the grant/,
    );
  });

  it('reports a key without the grant for a resource as unavailable', async () => {
    rig.fake.fail('room_types', { kind: 'unauthorized' });
    const error = await failure(rig.adapter.getRoomTypes(TENANT));
    expect(error).toBeInstanceOf(PmsUnavailableError);
    expect(error.message).toMatch(/GET room_types.*\[26\]/);
  });

  it('turns a 400 error list into a rejection that keeps every code and message', async () => {
    rig.fake.fail('hotel_ari', {
      kind: 'badRequest',
      errors: [
        [41, 'parameter "id_hotel" required'],
        [85, 'bad'],
      ],
    });
    const error = await failure(rig.adapter.checkAvailability(query));
    expect(error).toBeInstanceOf(PmsRejectedError);
    expect(error).toMatchObject({ reason: 'rejected' });
    expect(error.message).toContain('[41] parameter "id_hotel" required; [85] bad');
  });

  it.each([
    { kind: 'html500' as const, message: /HTTP 500 \(not JSON\)/ },
    { kind: 'malformedJson' as const, message: /answered 200 with a body that is not JSON/ },
  ])('reports a $kind answer as unavailable', async ({ kind, message }) => {
    rig.fake.fail('hotel_ari', { kind });
    const error = await failure(rig.adapter.checkAvailability(query));
    expect(error).toBeInstanceOf(PmsUnavailableError);
    expect(error.message).toMatch(message);
  });

  it('cancels the request when the caller’s signal aborts, and QloApps sees the connection close', async () => {
    rig.fake.fail('hotel_ari', { kind: 'slow', ms: 3_000 });
    const controller = new AbortController();
    const reason = new Error('stage budget spent');
    setTimeout(() => controller.abort(reason), 100);
    const started = Date.now();

    const error = await failure(rig.adapter.checkAvailability(query, controller.signal));

    expect(Date.now() - started).toBeLessThan(1_000);
    expect(error).toBeInstanceOf(PmsUnavailableError);
    expect(error.cause).toBe(reason);
    await waitFor(() => rig.fake.requests[0]?.closedEarly, 2_000, 'the fake to see the connection close');
  });

  it('bounds a call by its own timeout when the caller gives no signal', async () => {
    rig.fake.fail('hotel_ari', { kind: 'slow', ms: 3_000 });
    const error = await failure(rig.adapterWith({ requestTimeoutMs: 100 }).checkAvailability(query));
    expect(error).toBeInstanceOf(PmsUnavailableError);
    expect(error.message).toMatch(/aborted/);
  });

  it('reports a QloApps that does not listen as unavailable', async () => {
    await rig.fake.stop();
    await expect(rig.adapter.checkAvailability(query)).rejects.toBeInstanceOf(PmsUnavailableError);
  });

  it('reaches a server without rewrite rules through dispatcher.php', async () => {
    const { offers } = await rig.adapterWith({ entryPoint: 'dispatcher' }).checkAvailability(query);
    expect(offers.length).toBeGreaterThan(0);
    expect(rig.fake.requests[0]).toMatchObject({
      path: '/webservice/dispatcher.php',
      query: { url: 'hotel_ari', output_format: 'JSON' },
    });
  });
});
