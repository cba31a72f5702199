import { monthSaidAlone } from './lone-month';

describe('monthSaidAlone', () => {
  it.each([
    ['de diciembre', { month: 12 }],
    ['Diciembre', { month: 12 }],
    ['en enero porfa', { month: 1 }],
    ['perdón, de febrero', { month: 2 }],
    ['dic.', { month: 12 }],
    ['de diciembre de 2027', { month: 12, year: 2027 }],
    ['setiembre', { month: 9 }],
    ['December!', { month: 12 }],
    ['of january', { month: 1 }],
    ['sept', { month: 9 }],
    ['perdon, quise decir febrero', { month: 2 }],
    ['perdón, quería decir en febrero', { month: 2 }],
    ['sorry, I meant February', { month: 2 }],
    ['perdón, quería febrero no enero', { month: 2 }],
    ['era febrero, no enero', { month: 2 }],
    ['febrero, no en enero', { month: 2 }],
    ['sorry I meant february not january', { month: 2 }],
    ['no no, febrero', { month: 2 }],
  ])('reads %j as a month', (text, month) => {
    expect(monthSaidAlone(text)).toEqual(month);
  });

  it.each([
    'el 18 de diciembre',
    'diciembre no',
    'mayo o junio',
    'a nombre de Abril',
    'marzo 3',
    'febrero no enero y marzo',
  ])('reads %j as more than a month', (text) => {
    expect(monthSaidAlone(text)).toBeNull();
  });
});
