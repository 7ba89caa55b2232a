// A number of bytes as people read it: `2.0 GB`, `589 MB` (powers of ten, as disks and `ls -lh --si` count).
export function byteSize(bytes: number): string {
  return bytes >= 1e9 ? `${(bytes / 1e9).toFixed(1)} GB` : `${Math.round(bytes / 1e6)} MB`;
}
