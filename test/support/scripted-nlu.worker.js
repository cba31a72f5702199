'use strict';
// A stand-in for src/nlp/thread/nlu.worker.ts that speaks its protocol and does what the text says,
// for NluThread's tests: "hang" spins forever, "crash" ends the thread, "slow <ms>" answers late,
// "fail" answers with an error; anything else is parsed as greeting. With workerData.trainingFails
// it reports a failed training instead of being ready.
const { parentPort, workerData } = require('node:worker_threads');

const post = (message) => parentPort.postMessage(message);
const roomTypes = new Map();
const result = (text) => ({ intent: 'greeting', confidence: 1, language: 'es', entities: [], echo: text });

if (workerData && workerData.trainingFails) post({ kind: 'training-failed', message: 'no corpus' });
else post({ kind: 'ready', trainingMs: 7 });

parentPort.on('message', (message) => {
  const { id, request } = message;
  if (message.roomTypes) roomTypes.set(message.tenantKey, message.roomTypes);
  const text = request.text;
  if (text === 'hang') for (;;);
  if (text === 'crash') process.exit(3);
  if (text === 'fail') return post({ kind: 'failed', id, message: 'cannot parse' });
  if (text === 'room types')
    return post({
      kind: 'parsed',
      id,
      result: { ...result(text), roomTypes: roomTypes.get(message.tenantKey), sent: !!message.roomTypes },
    });
  const slow = /^slow (\d+)$/.exec(text);
  if (slow) return setTimeout(() => post({ kind: 'parsed', id, result: result(text) }), Number(slow[1]));
  post({ kind: 'parsed', id, result: result(text) });
});
