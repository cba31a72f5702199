/** An option of a reply the guest can pick by typing its number. */
export interface ChatChoice {
  kind: 'button_reply' | 'list_reply';
  id: string;
  title: string;
}

/** A Graph `/messages` body made readable: the lines to print and the options it offered. */
export interface RenderedMessage {
  text: string;
  choices: ChatChoice[];
}

type Json = Record<string, unknown>;

/** Whether a `/messages` body is a read receipt (the blue ticks), which the chat does not show. */
export function isReadReceipt(body: unknown): boolean {
  return isRecord(body) && body.status === 'read';
}

/**
 * Turns one Graph `/messages` body, as the WhatsApp sender posts it, into terminal text: texts as
 * they are, buttons and list rows numbered, a location with a maps link, an image with its URL.
 */
export function renderGraphMessage(body: unknown): RenderedMessage {
  if (!isRecord(body)) return plain('[?]');
  switch (body.type) {
    case 'text':
      return plain(stringAt(recordAt(body, 'text'), 'body') ?? '');
    case 'interactive':
      return renderInteractive(recordAt(body, 'interactive'));
    case 'location':
      return plain(renderLocation(recordAt(body, 'location')));
    case 'image':
      return plain(renderImage(recordAt(body, 'image')));
    default:
      return plain(`[${typeof body.type === 'string' ? body.type : '?'}]`);
  }
}

/** A Google Maps link to the coordinates. */
export function mapsLink(latitude: number, longitude: number): string {
  return `https://www.google.com/maps?q=${latitude},${longitude}`;
}

/** The option a typed line picks (`2` → the second), or undefined when it is not an option number. */
export function pickChoice(line: string, choices: readonly ChatChoice[]): ChatChoice | undefined {
  const match = /^\s*(\d{1,2})\s*$/.exec(line);
  if (!match) return undefined;
  return choices[Number(match[1]) - 1];
}

function renderInteractive(interactive: Json | undefined): RenderedMessage {
  const body = stringAt(recordAt(interactive, 'body'), 'text') ?? '';
  const action = recordAt(interactive, 'action');
  if (interactive?.type === 'button') return renderButtons(body, arrayAt(action, 'buttons'));
  if (interactive?.type === 'list') return renderList(body, action);
  return plain(body);
}

function renderButtons(body: string, buttons: unknown[]): RenderedMessage {
  const choices = buttons.flatMap((button): ChatChoice[] => {
    const reply = recordAt(isRecord(button) ? button : undefined, 'reply');
    const id = stringAt(reply, 'id');
    return id === undefined ? [] : [{ kind: 'button_reply', id, title: stringAt(reply, 'title') ?? id }];
  });
  const row = choices.map((choice, i) => `[${i + 1}] ${choice.title}`).join('  ');
  return { text: row ? `${body}\n  ${row}` : body, choices };
}

function renderList(body: string, action: Json | undefined): RenderedMessage {
  const lines = [body];
  const label = stringAt(action, 'button');
  if (label) lines.push(`  (${label})`);
  const choices: ChatChoice[] = [];
  for (const section of arrayAt(action, 'sections')) {
    if (!isRecord(section)) continue;
    const title = stringAt(section, 'title');
    if (title) lines.push(`  ${title}`);
    for (const row of arrayAt(section, 'rows')) {
      const id = stringAt(isRecord(row) ? row : undefined, 'id');
      if (!isRecord(row) || id === undefined) continue;
      const choice: ChatChoice = { kind: 'list_reply', id, title: stringAt(row, 'title') ?? id };
      choices.push(choice);
      const description = stringAt(row, 'description');
      lines.push(`  [${choices.length}] ${choice.title}${description ? ` — ${description}` : ''}`);
    }
  }
  return { text: lines.join('\n'), choices };
}

function renderLocation(location: Json | undefined): string {
  const latitude = numberAt(location, 'latitude');
  const longitude = numberAt(location, 'longitude');
  const place = [stringAt(location, 'name'), stringAt(location, 'address')].filter(Boolean).join(' — ');
  if (latitude === undefined || longitude === undefined) return `📍 ${place}`;
  const where = `${place ? `${place} ` : ''}(${latitude}, ${longitude})`;
  return `📍 ${where}\n   ${mapsLink(latitude, longitude)}`;
}

function renderImage(image: Json | undefined): string {
  const caption = stringAt(image, 'caption');
  const link = stringAt(image, 'link') ?? '';
  return `🖼  ${caption ? `${caption} ` : ''}<${link}>`;
}

function plain(text: string): RenderedMessage {
  return { text, choices: [] };
}

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function recordAt(parent: Json | undefined, key: string): Json | undefined {
  const value = parent?.[key];
  return isRecord(value) ? value : undefined;
}

function arrayAt(parent: Json | undefined, key: string): unknown[] {
  const value = parent?.[key];
  return Array.isArray(value) ? (value as unknown[]) : [];
}

function stringAt(parent: Json | undefined, key: string): string | undefined {
  const value = parent?.[key];
  return typeof value === 'string' ? value : undefined;
}

function numberAt(parent: Json | undefined, key: string): number | undefined {
  const value = parent?.[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
