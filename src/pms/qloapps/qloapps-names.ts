import type { LocalizedText } from '../../tenants/tenant';
import { isObject, readString } from './qloapps-json';

export interface NameSources {
  /** The tenant's languages; the first is the default. */
  languages: readonly string[];
  /** ISO 639-1 code → QloApps `id_lang`, to read per-language lists; may be empty. */
  languageIds: Readonly<Record<string, string>>;
  /** The tenant's own names, by room type id, when its ids are QloApps ids. */
  tenantNames: ReadonlyMap<string, LocalizedText>;
}

interface QloName {
  byLanguageId: Map<string, string>;
  /** A name of unknown language: the only one sent, or the first of a list. */
  plain?: string;
}

function readQloName(raw: unknown): QloName {
  const byLanguageId = new Map<string, string>();
  if (typeof raw === 'string') return { byLanguageId, plain: raw.trim() || undefined };
  if (!Array.isArray(raw)) return { byLanguageId };
  for (const entry of raw) {
    if (!isObject(entry)) continue;
    const id = readString(entry.id);
    const value = readString(entry.value)?.trim();
    if (id !== undefined && value) byLanguageId.set(id, value);
  }
  return { byLanguageId, plain: byLanguageId.values().next().value };
}

function firstValue(text: LocalizedText | undefined): string | undefined {
  return text ? Object.values(text).find((value) => value.trim() !== '') : undefined;
}

/**
 * The room type's name in each tenant language, or undefined when nobody names it. A QloApps name
 * whose language we know wins; then the tenant's name in that language (QloApps sends a bare string
 * in a language we cannot tell); then any QloApps name; then `fallback` (the room_types catalogue).
 */
export function localizeName(
  raw: unknown,
  roomTypeId: string,
  sources: NameSources,
  fallback?: LocalizedText,
): LocalizedText | undefined {
  const qlo = readQloName(raw);
  const tenant = sources.tenantNames.get(roomTypeId);
  const last = firstValue(tenant) ?? firstValue(fallback);
  const name: Record<string, string> = {};
  for (const language of sources.languages) {
    const languageId = sources.languageIds[language];
    const known = languageId === undefined ? undefined : qlo.byLanguageId.get(languageId);
    const value = known ?? tenant?.[language] ?? qlo.plain ?? fallback?.[language] ?? last;
    if (value === undefined) return undefined;
    name[language] = value;
  }
  return name;
}
