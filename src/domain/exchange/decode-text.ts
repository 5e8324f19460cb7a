/**
 * The text of an exported file from its bytes. Exports are UTF-8, but a file opened and saved
 * again in some editors (Notepad, PowerShell's redirection) becomes UTF-16: a byte order mark
 * says so, or, without one, a zero byte beside every ASCII character of the JSON.
 */
export function decodeExportBytes(bytes: Uint8Array): string {
  const [first, second] = bytes;
  if (first === 0xff && second === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (first === 0xfe && second === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  if (bytes.length >= 2 && first !== 0 && second === 0) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes.length >= 2 && first === 0 && second !== 0) return new TextDecoder('utf-16be').decode(bytes);
  // TextDecoder drops a UTF-8 byte order mark by itself.
  return new TextDecoder().decode(bytes);
}
