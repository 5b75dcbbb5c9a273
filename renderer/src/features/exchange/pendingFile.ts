/** A bundle dropped on the exchange overview, handed to the import page it opens. */
let pending: File | null = null;

export function handOver(file: File): void {
  pending = file;
}

export function takePending(): File | null {
  const file = pending;
  pending = null;
  return file;
}
