import { describe, expect, it } from 'vitest';
import { auMedicareValid, ibanValid, luhnValid, mbiShaped, nhsNumberValid, ssnPlausible } from '../../src/detect/checksums';

describe('check digits', () => {
  it.each([
    ['4111111111111111', true],
    ['4111111111111112', false],
    ['79927398713', true],
  ])('Luhn %s is %s', (digits, valid) => expect(luhnValid(digits)).toBe(valid));

  it.each([
    ['9434765919', true], // NHS Digital's published example
    ['9434765918', false],
    ['1111111111', false], // repeated digits are never issued
  ])('NHS number %s is %s', (digits, valid) => expect(nhsNumberValid(digits)).toBe(valid));

  it.each([
    ['2428778132', true],
    ['2428778142', false], // ninth digit is the check digit
    ['1428778132', false], // must start with 2-6
  ])('Australian Medicare %s is %s', (digits, valid) => expect(auMedicareValid(digits)).toBe(valid));

  it.each([
    ['GB82WEST12345698765432', true],
    ['GB82WEST12345698765431', false],
  ])('IBAN %s is %s', (iban, valid) => expect(ibanValid(iban)).toBe(valid));

  it.each([
    ['219099998', true],
    ['000123456', false],
    ['666123456', false],
    ['123004567', false],
    ['123450000', false],
    ['123456789', false],
  ])('SSN %s plausible: %s', (digits, valid) => expect(ssnPlausible(digits)).toBe(valid));

  it.each([
    ['1EG4TE5MK73', true],
    ['1EG4TE5MK7', false],
    ['1SG4TE5MK73', false], // S is never used
  ])('MBI %s shaped: %s', (value, valid) => expect(mbiShaped(value)).toBe(valid));
});
