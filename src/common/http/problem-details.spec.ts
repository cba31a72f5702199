import { BadRequestException, NotFoundException, PayloadTooLargeException } from '@nestjs/common';
import { AppError } from '../errors/app-error';
import { toProblem } from './problem-details.filter';
import { RequestValidationError } from './request-validation.error';

class RoomSoldOutError extends AppError {
  readonly code = 'room-sold-out';
  readonly httpStatus = 409;
}

describe('toProblem', () => {
  it('maps an HttpException to its status with the standard title', () => {
    expect(toProblem(new NotFoundException('no such thing'))).toEqual({
      type: 'about:blank',
      title: 'Not Found',
      status: 404,
      detail: 'no such thing',
    });
    expect(toProblem(new PayloadTooLargeException()).status).toBe(413);
  });

  it('joins the messages of an exception that carries several', () => {
    const problem = toProblem(new BadRequestException({ message: ['a is wrong', 'b is wrong'] }));
    expect(problem.detail).toBe('a is wrong; b is wrong');
  });

  it('maps a domain error to its own status and a type named by its code', () => {
    expect(toProblem(new RoomSoldOutError('The suite is sold out.'))).toEqual({
      type: 'https://agente-hotel.dev/problems/room-sold-out',
      title: 'Conflict',
      status: 409,
      detail: 'The suite is sold out.',
      code: 'room-sold-out',
    });
  });

  it('lists the fields of a validation error, nested ones with their path', () => {
    const error = RequestValidationError.fromValidationErrors([
      { property: 'limit', constraints: { max: 'limit must not be greater than 500' }, children: [] },
      {
        property: 'guest',
        children: [{ property: 'name', constraints: { isString: 'name must be a string' }, children: [] }],
      },
    ]);
    expect(toProblem(error)).toMatchObject({
      status: 400,
      code: 'validation-error',
      errors: [
        { field: 'limit', messages: ['limit must not be greater than 500'] },
        { field: 'guest.name', messages: ['name must be a string'] },
      ],
    });
  });

  it('answers anything unknown with a 500 that does not leak its message', () => {
    const problem = toProblem(new Error('password=hunter2 at db.ts:12'));
    expect(problem.status).toBe(500);
    expect(problem.detail).not.toContain('hunter2');
    expect(toProblem('a thrown string').status).toBe(500);
  });
});
