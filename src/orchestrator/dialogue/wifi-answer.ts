import { foldText } from '../../common/fold-text';
import type { Turn } from './turn';

/** "¿Cuál es la clave del wifi?", "whats the wifi pw?": the password asked for. */
const WIFI_PASSWORD = /\b(?:contrasena|clave|password|passwd|pw|pwd|wifi pass)\b/;

/**
 * The wifi as the hotel's data has it; the password only when asked for, and with none in the data,
 * whom to ask, never a made-up one.
 */
export function wifiAnswer(turn: Turn): string {
  const { wifi, phone, email } = turn.tenant.info;
  if (!wifi) return turn.text('info.unknown', { phone, email });
  return turn.text('info.wifi', {
    included: wifi.included,
    network: wifi.network ?? 'none',
    password: wifi.password ?? 'none',
    asked: WIFI_PASSWORD.test(foldText(turn.message.text ?? '')) ? 'yes' : 'no',
    phone,
  });
}
