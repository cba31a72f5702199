import { isBotQuestion } from './bot-question';

describe('isBotQuestion', () => {
  it.each([
    '¿eres un bot?',
    '¿Sos un robot?',
    'es un robot el que contesta?',
    '¿estoy hablando con una máquina?',
    '¿hablo con una persona real?',
    '¿me contesta un humano?',
    'eres una IA?',
    'are you a bot?',
    'r u a robot lol',
    'Are you a real person?',
    'am I talking to a human?',
    'is this an AI?',
    'are you chatgpt?',
    '¿eres chat gpt?',
  ])('reads "%s" as asking what it is talking to', (text) => {
    expect(isBotQuestion(text)).toBe(true);
  });

  it.each([
    'quiero hablar con un humano',
    'no quiero hablar con un bot',
    '¿eres un bot? necesito a alguien que me entienda',
    'basta de bot, ¿eres un robot o qué?',
    'are you a bot? I want to talk to a person',
    'let me speak to a real person',
    'transfer me to a human',
    'is there a real person there?',
    'persona real por favor',
    '',
    undefined,
  ])('reads "%s" as a request for a person (or no question)', (text) => {
    expect(isBotQuestion(text)).toBe(false);
  });
});
