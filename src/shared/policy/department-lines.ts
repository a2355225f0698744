import type { DepartmentContacts } from './finding';

// No zod here: the live checklist's worker imports this, and needs none.
const digitsOf = (text: string) => text.replace(/\D/g, '');

/**
 * Whether a phone number is one of the department's own lines: the same last ten digits, or, for a
 * seven-digit number written without its area code, a line that ends with it.
 */
export function isDepartmentLine(number: string, department: DepartmentContacts): boolean {
  const digits = digitsOf(number);
  const own = department.phones.map(digitsOf).filter((line) => line.length >= 7);
  if (digits.length === 7) return own.some((line) => line.endsWith(digits));
  return digits.length >= 10 && own.some((line) => line.slice(-10) === digits.slice(-10));
}
