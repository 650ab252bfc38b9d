// The article's language and direction from its letters: Arabic script (Persian or
// Urdu when their own letters show), Hebrew, else Latin as English. The first
// 200,000 characters are enough to tell.
import type { Direction } from '../model.js';

const PERSIAN = new Set([...'پچژگکی'].map((char) => char.charCodeAt(0)));
const URDU = new Set([...'ٹڈڑںھےۓ'].map((char) => char.charCodeAt(0)));

export function detectLanguage(text: string): { lang: string; dir: Direction } {
  let arabic = 0;
  let persian = 0;
  let urdu = 0;
  let hebrew = 0;
  let latin = 0;
  const length = Math.min(text.length, 200_000);
  for (let index = 0; index < length; index++) {
    const code = text.charCodeAt(index);
    if ((code >= 0x0600 && code <= 0x06ff) || (code >= 0x0750 && code <= 0x077f) || (code >= 0x08a0 && code <= 0x08ff)) {
      arabic++;
      if (PERSIAN.has(code)) persian++;
      if (URDU.has(code)) urdu++;
    } else if (code >= 0x0590 && code <= 0x05ff) hebrew++;
    else if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f)) latin++;
  }
  if (arabic >= hebrew && arabic >= latin && arabic > 0) {
    if (urdu > arabic * 0.02) return { lang: 'ur', dir: 'rtl' };
    if (persian > arabic * 0.02) return { lang: 'fa', dir: 'rtl' };
    return { lang: 'ar', dir: 'rtl' };
  }
  if (hebrew > latin) return { lang: 'he', dir: 'rtl' };
  return { lang: 'en', dir: 'ltr' };
}
