/**
 * Check-digit algorithms for national health and payment numbers. Each takes the digits only.
 * A number that passes is very unlikely to be an accident of typing.
 */

const digitsOf = (digits: string): number[] => [...digits].map((d) => d.charCodeAt(0) - 48);

/** Luhn (ISO/IEC 7812): payment cards, Canadian health cards (Ontario's OHIP). */
export function luhnValid(digits: string): boolean {
  if (!/^\d{2,}$/.test(digits)) return false;
  let sum = 0;
  const values = digitsOf(digits).reverse();
  values.forEach((value, index) => {
    if (index % 2 === 1) {
      const doubled = value * 2;
      sum += doubled > 9 ? doubled - 9 : doubled;
    } else sum += value;
  });
  return sum % 10 === 0;
}

/** UK NHS number: ten digits, the last a modulus-11 check (NHS Data Dictionary). */
export function nhsNumberValid(digits: string): boolean {
  if (!/^\d{10}$/.test(digits) || /^(\d)\1{9}$/.test(digits)) return false;
  const values = digitsOf(digits);
  const sum = values.slice(0, 9).reduce((acc, value, index) => acc + value * (10 - index), 0);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === values[9];
}

/** Australian Medicare card: first digit 2-6, ninth digit a weighted check (Services Australia). */
export function auMedicareValid(digits: string): boolean {
  if (!/^[2-6]\d{9,10}$/.test(digits)) return false;
  const weights = [1, 3, 7, 9, 1, 3, 7, 9];
  const values = digitsOf(digits);
  const sum = weights.reduce((acc, weight, index) => acc + weight * values[index]!, 0);
  return sum % 10 === values[8];
}

/** IBAN: ISO 13616 modulus 97 over the rearranged number. */
export function ibanValid(iban: string): boolean {
  const compact = iban.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(compact)) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const value = /\d/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const d of value) remainder = (remainder * 10 + (d.charCodeAt(0) - 48)) % 97;
  }
  return remainder === 1;
}

/** US Social Security number ranges the SSA never issues (area 000 or 666, group 00, serial 0000). */
export function ssnPlausible(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  const area = digits.slice(0, 3);
  if (area === '000' || area === '666') return false;
  if (digits.slice(3, 5) === '00' || digits.slice(5) === '0000') return false;
  // Well-known sample numbers and keyboard runs are not someone's number.
  return !['123456789', '987654321', '078051120', '219099999'].includes(digits) && !/^(\d)\1{8}$/.test(digits);
}

/** US Medicare Beneficiary Identifier format (CMS): 11 characters, letters exclude S, L, O, I, B, Z. */
export function mbiShaped(value: string): boolean {
  return /^[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y\d]\d[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y\d]\d[AC-HJKMNP-RT-Y]{2}\d{2}$/.test(value);
}

/** New Zealand NHI (old format AAANNNN): letters map 1-24 skipping I and O, modulus-11 check digit. */
export function nhiValid(value: string): boolean {
  if (!/^[A-HJ-NP-Z]{3}\d{4}$/.test(value)) return false;
  const letters = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
  const values = [...value.slice(0, 3)].map((ch) => letters.indexOf(ch) + 1).concat([...value.slice(3, 6)].map(Number));
  const sum = values.reduce((acc, v, i) => acc + v * (7 - i), 0);
  const check = 11 - (sum % 11);
  if (check === 11) return false;
  return (check === 10 ? 0 : check) === Number(value[6]);
}

/** Irish PPS number: seven digits and a check letter (weighted modulus 23), optional second letter. */
export function ppsnValid(value: string): boolean {
  const m = /^(\d{7})([A-W])([ABWTXZ]?)$/.exec(value.toUpperCase());
  if (!m) return false;
  const digits = [...m[1]!].map(Number);
  let sum = digits.reduce((acc, d, i) => acc + d * (8 - i), 0);
  if (m[3]) sum += (m[3] === 'W' ? 0 : m[3].charCodeAt(0) - 64) * 9;
  const expected = sum % 23 === 0 ? 'W' : String.fromCharCode(64 + (sum % 23));
  return expected === m[2];
}
