// printf-style formatting for Utilities.formatString: %s %d %i %f %e %x %o %% with flags,
// width and precision.

import {Exception} from './exception';

const SPEC = /%([-+ 0#]*)(\d+)?(?:\.(\d+))?([sdifeExXo%])/g;

function applyWidth(text: string, flags: string, width?: string): string {
  if (!width) return text;
  const size = Number(width);
  if (text.length >= size) return text;
  if (flags.includes('-')) return text.padEnd(size);
  if (flags.includes('0') && /^[+-]?[\d.]/.test(text)) {
    const sign = /^[+-]/.test(text) ? text[0] : '';
    return sign + text.slice(sign.length).padStart(size - sign.length, '0');
  }
  return text.padStart(size);
}

function signed(text: string, value: number, flags: string): string {
  if (value >= 0 && flags.includes('+')) return '+' + text;
  if (value >= 0 && flags.includes(' ')) return ' ' + text;
  return text;
}

function convert(
  type: string,
  value: unknown,
  flags: string,
  precision?: string,
): string {
  const number = Number(value);
  switch (type) {
    case 's': {
      const text = String(value);
      return precision ? text.slice(0, Number(precision)) : text;
    }
    case 'd':
    case 'i':
      return signed(String(Math.trunc(number)), number, flags);
    case 'f':
      return signed(
        number.toFixed(precision ? Number(precision) : 6),
        number,
        flags,
      );
    case 'e':
    case 'E': {
      const text = number.toExponential(precision ? Number(precision) : 6);
      return signed(type === 'E' ? text.toUpperCase() : text, number, flags);
    }
    case 'x':
      return Math.trunc(number).toString(16);
    case 'X':
      return Math.trunc(number).toString(16).toUpperCase();
    case 'o':
      return Math.trunc(number).toString(8);
    default:
      throw new Exception(`Unknown format conversion: %${type}`);
  }
}

/** Formats `template` with `args` as Utilities.formatString does. */
export function formatString(template: string, args: unknown[]): string {
  let next = 0;
  return String(template).replace(
    SPEC,
    (
      _match,
      flags: string,
      width?: string,
      precision?: string,
      type?: string,
    ) => {
      if (type === '%') return '%';
      const value = args[next++];
      return applyWidth(convert(type!, value, flags, precision), flags, width);
    },
  );
}
