/** The EAN-13 check digit of the first twelve digits (GS1: weights 1 and 3 from the left). */
export function ean13CheckDigit(first12: string): string {
  if (!/^\d{12}$/.test(first12)) throw new RangeError(`EAN-13 needs exactly 12 digits before the check digit, got ${JSON.stringify(first12)}`);
  const sum = [...first12].reduce((acc, digit, i) => acc + Number(digit) * (i % 2 === 0 ? 1 : 3), 0);
  return String((10 - (sum % 10)) % 10);
}

/** Exactly 13 digits whose last one is the right check digit. */
export function isValidEan13(code: string): boolean {
  return /^\d{13}$/.test(code) && ean13CheckDigit(code.slice(0, 12)) === code[12];
}
