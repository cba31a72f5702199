import type { ReplyContent } from '../../messaging/outbound-message';
import { foldForEmail } from './email-replies';

const text = (t: string): ReplyContent => ({ type: 'text', text: t });

describe('foldForEmail', () => {
  it('folds texts into the question with options that follows them', () => {
    const folded = foldForEmail([
      text('A'),
      text('B'),
      { type: 'buttons', text: 'Q?', buttons: [{ id: 'confirm_yes', title: 'Sí' }] },
    ]);
    expect(folded).toEqual([
      { type: 'buttons', text: 'A\n\nB\n\nQ?', buttons: [{ id: 'confirm_yes', title: 'Sí' }] },
    ]);
  });

  it('joins consecutive texts into one mail', () => {
    expect(foldForEmail([text('A'), text('B')])).toEqual([text('A\n\nB')]);
  });

  it('keeps locations and images as their own mails, after the text before them', () => {
    const location: ReplyContent = { type: 'location', latitude: 1, longitude: 2 };
    const image: ReplyContent = { type: 'image', url: 'https://x/y.jpg' };
    expect(foldForEmail([text('A'), location, image, text('B')])).toEqual([
      text('A'),
      location,
      image,
      text('B'),
    ]);
  });

  it('leaves an empty list empty', () => {
    expect(foldForEmail([])).toEqual([]);
  });
});
