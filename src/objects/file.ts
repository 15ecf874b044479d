// file.ts - file objects: what open() returns, text or binary, over a descriptor of the OS.
// Owns: the file block layout, opening (mode flags, the directory check), reading bytes, lines
// and characters at the file's position, writing, seeking, closing, and closing the descriptor
// when the last reference goes.
// Must never: buffer written data: every write goes to the descriptor at once (fs.writeSync), so
// nothing is lost when a program ends without closing, and no flush is needed at exit.
//
//   word 2   descriptor (-1 once closed)
//   word 3   flags (FileFlag; the codec and error handler in bits 8..11)
//   word 4   name (what open() was given: a str)
//   word 5   mode (str, as given)
//   word 6   encoding (str, text files) or 0
//   word 7   position in bytes (reads and writes use it explicitly, as pread/pwrite)
//
// Text files read with universal newlines ('\r\n' and '\r' become '\n') unless newline='' or
// '\n' was given; written text is encoded as it is ('\n' is the line separator on POSIX).
//
// sys.stdin is a file of this kind flagged STREAM: it cannot be read at a position, so its reads
// take bytes from the buffer input() also reads (runtime/input.ts), and closing it leaves fd 0
// open for input().

import * as fs from 'fs';
import { mem } from '../heap/memory';
import { alloc } from '../heap/alloc';
import { Tid, TID_MASK } from '../heap/layout';
import { incref, xdecref, registerClear } from '../heap/refcount';
import { newStr } from './str';
import { newBytes } from './bytes';
import { valueError, raise } from '../runtime/errors';
import { exc } from './exception';
import { fromNodeError, raiseErrno } from '../runtime/oserror';
import { Codec, encodeText, decodeBytes } from '../runtime/codecs';
import { stdinRead, stdinUnread } from '../runtime/input';

export const enum FileFlag { READ = 1, WRITE = 2, APPEND = 4, BINARY = 8, TRANSLATE = 16, STREAM = 32 }
const F_FD = 2, F_FLAGS = 3, F_NAME = 4, F_MODE = 5, F_ENCODING = 6, F_POS = 7;

const CODECS: Codec[] = ['utf-8', 'ascii', 'latin-1'];
const ERRORS = ['strict', 'ignore', 'replace'];

export interface OpenRequest {
  path: string;
  name: number; // borrowed: stored as f.name
  mode: number; // borrowed: stored as f.mode
  flags: number; // FileFlag bits
  create: 'r' | 'w' | 'x' | 'a';
  plus: boolean;
  encoding: number; // borrowed str, or 0 for binary files
  codec: Codec;
  errors: string;
}

/** Open a file as `req` describes; raises the OSError the OS reports, with CPython's text. */
export function openFile(req: OpenRequest): number {
  const nodeFlags = { r: 'r', w: 'w', x: 'wx', a: 'a' }[req.create] + (req.plus ? '+' : '');
  let fd: number;
  try {
    fd = fs.openSync(req.path, nodeFlags);
  } catch (e) {
    return fromNodeError(e, req.path);
  }
  let size = 0;
  try {
    const st = fs.fstatSync(fd);
    // open(2) lets a directory be opened for reading; CPython refuses it afterwards
    if (st.isDirectory()) { fs.closeSync(fd); raiseErrno('EISDIR', req.path); }
    size = st.size;
  } catch (e) {
    fromNodeError(e, req.path);
  }
  const p = alloc(32, Tid.FILE);
  const w = p >> 2;
  mem.i32[w + F_FD] = fd;
  mem.i32[w + F_FLAGS] = req.flags | (CODECS.indexOf(req.codec) << 8) | (Math.max(0, ERRORS.indexOf(req.errors)) << 10);
  incref(req.name); mem.i32[w + F_NAME] = req.name;
  incref(req.mode); mem.i32[w + F_MODE] = req.mode;
  if (req.encoding !== 0) incref(req.encoding);
  mem.i32[w + F_ENCODING] = req.encoding;
  mem.i32[w + F_POS] = req.create === 'a' ? size : 0;
  return p;
}

/** sys.stdin: a text file over fd 0, reading through runtime/input.ts. name, mode, encoding borrowed. */
export function newStdinFile(name: number, mode: number, encoding: number): number {
  const p = alloc(32, Tid.FILE);
  const w = p >> 2;
  mem.i32[w + F_FD] = 0;
  // no TRANSLATE: CPython opens standard input with newline='\n' on POSIX
  mem.i32[w + F_FLAGS] = FileFlag.READ | FileFlag.STREAM | (CODECS.indexOf('utf-8') << 8);
  incref(name); mem.i32[w + F_NAME] = name;
  incref(mode); mem.i32[w + F_MODE] = mode;
  incref(encoding); mem.i32[w + F_ENCODING] = encoding;
  mem.i32[w + F_POS] = 0;
  return p;
}

export function isStream(f: number): boolean { return (mem.i32[(f >> 2) + F_FLAGS] & FileFlag.STREAM) !== 0; }

/** Can the file seek? Not sys.stdin on a pipe or a terminal (redirected from a file, it can). */
export function fileSeekable(f: number): boolean {
  if (!isStream(f)) return true;
  try { return fs.fstatSync(fdOf(f)).isFile(); } catch { return false; }
}

/** Give back the bytes a read took beyond what it returns (readline(size)): they come next. */
export function fileUnread(f: number, rest: Uint8Array): void {
  if (isStream(f)) stdinUnread(rest);
  else mem.i32[(f >> 2) + F_POS] -= rest.length;
}

registerClear(Tid.FILE, (p) => {
  const w = p >> 2;
  const fd = mem.i32[w + F_FD];
  if (fd >= 0 && !isStream(p)) { try { fs.closeSync(fd); } catch { /* already gone: nothing to release */ } }
  xdecref(mem.i32[w + F_NAME]);
  xdecref(mem.i32[w + F_MODE]);
  xdecref(mem.i32[w + F_ENCODING]);
});

export function isFile(v: number): boolean { return (v & 1) === 0 && (mem.i32[(v >> 2) + 1] & TID_MASK) === Tid.FILE; }
export function fileFlags(f: number): number { return mem.i32[(f >> 2) + F_FLAGS]; }
export function fileName(f: number): number { return mem.i32[(f >> 2) + F_NAME]; }
export function fileMode(f: number): number { return mem.i32[(f >> 2) + F_MODE]; }
export function fileEncoding(f: number): number { return mem.i32[(f >> 2) + F_ENCODING]; }
export function fileClosed(f: number): boolean { return mem.i32[(f >> 2) + F_FD] < 0; }
export function fileTell(f: number): number { return mem.i32[(f >> 2) + F_POS]; }
export function fileFd(f: number): number { return mem.i32[(f >> 2) + F_FD]; }
/** Set a text file's codec (open() checks the encoding once the file is open, as CPython). */
export function fileSetCodec(f: number, codec: Codec): void {
  const w = (f >> 2) + F_FLAGS;
  mem.i32[w] = (mem.i32[w] & ~(3 << 8)) | (CODECS.indexOf(codec) << 8);
}
function codecOfFile(f: number): Codec { return CODECS[(fileFlags(f) >> 8) & 3]; }
function errorsOfFile(f: number): string { return ERRORS[(fileFlags(f) >> 10) & 3]; }

/** The descriptor of an open file; ValueError once it is closed. */
function fdOf(f: number): number {
  const fd = mem.i32[(f >> 2) + F_FD];
  if (fd < 0) valueError('I/O operation on closed file.');
  return fd;
}

export function fileClose(f: number): void {
  const w = f >> 2;
  const fd = mem.i32[w + F_FD];
  if (fd < 0) return;
  mem.i32[w + F_FD] = -1;
  if (isStream(f)) return;
  try { fs.closeSync(fd); } catch (e) { fromNodeError(e, null); }
}

export function fileSize(f: number): number {
  try { return fs.fstatSync(fdOf(f)).size; } catch (e) { return fromNodeError(e, null); }
}

export function fileSeek(f: number, pos: number): void {
  if (pos < 0) valueError(`negative seek position ${pos}`);
  fdOf(f);
  mem.i32[(f >> 2) + F_POS] = pos;
}

export function fileTruncate(f: number, size: number): void {
  try { fs.ftruncateSync(fdOf(f), size); } catch (e) { fromNodeError(e, null); }
}

// ---------------------------------------------------------------- raw bytes

/** Up to n bytes at the position (n < 0: all that remain), without moving it. */
function peek(f: number, n: number): Uint8Array {
  const fd = fdOf(f);
  const pos = fileTell(f);
  if (n < 0) n = Math.max(0, fileSize(f) - pos);
  const buf = Buffer.alloc(n);
  let got = 0;
  try {
    while (got < n) {
      const k = fs.readSync(fd, buf, got, n - got, pos + got);
      if (k === 0) break;
      got += k;
    }
  } catch (e) { fromNodeError(e, null); }
  return new Uint8Array(buf.buffer, buf.byteOffset, got);
}

function advance(f: number, k: number): void { mem.i32[(f >> 2) + F_POS] += k; }

/** Read n bytes (n < 0: to the end) and move past them. */
export function fileReadBytes(f: number, n: number): Uint8Array {
  if (isStream(f)) { fdOf(f); return stdinRead('chars', n); }
  const b = peek(f, n);
  advance(f, b.length);
  return b;
}

/**
 * The bytes of the next line: up to and including '\n' (and, when translating, '\r\n' or a lone
 * '\r'), or to the end of the file. The position moves past them.
 */
function readLineBytes(f: number): Uint8Array {
  if (isStream(f)) { fdOf(f); return stdinRead('line'); }
  const translate = (fileFlags(f) & FileFlag.TRANSLATE) !== 0;
  const parts: Uint8Array[] = [];
  let chunkSize = 256;
  for (;;) {
    const chunk = peek(f, chunkSize + 1); // one extra byte shows what follows a '\r'
    const body = chunk.length > chunkSize ? chunk.subarray(0, chunkSize) : chunk;
    let end = -1;
    for (let i = 0; i < body.length; i++) {
      const c = body[i];
      if (c === 10) { end = i + 1; break; }
      if (c === 13 && translate) { end = chunk[i + 1] === 10 ? i + 2 : i + 1; break; }
    }
    if (end >= 0) { parts.push(chunk.subarray(0, end)); advance(f, end); break; }
    parts.push(body);
    advance(f, body.length);
    if (chunk.length <= chunkSize) break; // end of file
    chunkSize = Math.min(chunkSize * 2, 1 << 20);
  }
  if (parts.length === 1) return parts[0];
  const out = new Uint8Array(parts.reduce((a, p) => a + p.length, 0));
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
}

/** Write all of data at the position (appending files write at the end) and move past it. */
export function fileWriteBytes(f: number, data: Uint8Array): void {
  const fd = fdOf(f);
  const append = (fileFlags(f) & FileFlag.APPEND) !== 0;
  let off = 0;
  try {
    while (off < data.length) off += fs.writeSync(fd, data, off, data.length - off, append ? null : fileTell(f) + off);
  } catch (e) { fromNodeError(e, null); }
  if (append) mem.i32[(f >> 2) + F_POS] = fileSize(f);
  else advance(f, data.length);
}

// ---------------------------------------------------------------- text

function translateNewlines(s: string): string {
  return s.indexOf('\r') < 0 ? s : s.replace(/\r\n?/g, '\n');
}

function decode(f: number, b: Uint8Array): string {
  const s = decodeBytes(b, codecOfFile(f), errorsOfFile(f));
  return (fileFlags(f) & FileFlag.TRANSLATE) !== 0 ? translateNewlines(s) : s;
}

/** Read n characters of text (n < 0: the rest). */
export function fileReadText(f: number, n: number): string {
  if (n < 0) return decode(f, fileReadBytes(f, -1));
  if (isStream(f)) { fdOf(f); return decode(f, stdinRead('chars', n)); }
  // n characters take at most 4n bytes (2n with '\r\n' pairs), plus one to see past a '\r'
  const buf = peek(f, 4 * n + 1);
  const utf8 = codecOfFile(f) === 'utf-8';
  const translate = (fileFlags(f) & FileFlag.TRANSLATE) !== 0;
  let i = 0;
  for (let chars = 0; chars < n && i < buf.length; chars++) {
    const c = buf[i];
    if (c === 13 && translate && buf[i + 1] === 10) i += 2;
    else if (!utf8 || c < 0xc0) i += 1;
    else i += c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
  }
  i = Math.min(i, buf.length);
  advance(f, i);
  return decode(f, buf.subarray(0, i));
}

/** The next line of text ('' at the end of the file). */
export function fileReadLine(f: number): string { return decode(f, readLineBytes(f)); }

/** The next line as a new str or bytes object, or 0 at the end of the file (iteration's next). */
export function fileIterNext(f: number): number {
  fdOf(f);
  if ((fileFlags(f) & FileFlag.READ) === 0) raise(exc.UnsupportedOperation, 'not readable');
  const b = readLineBytes(f);
  if (b.length === 0) return 0;
  return (fileFlags(f) & FileFlag.BINARY) !== 0 ? newBytes(b) : newStr(decode(f, b));
}

/** The next line as a new str or bytes object ('' / b'' at the end). */
export function fileReadLineObject(f: number): number {
  const b = readLineBytes(f);
  return (fileFlags(f) & FileFlag.BINARY) !== 0 ? newBytes(b) : newStr(decode(f, b));
}

/** CPython's repr: <_io.TextIOWrapper name='x' mode='r' encoding='UTF-8'>, or a Buffered* for binary files. */
export function fileRepr(f: number, repr: (v: number) => string): string {
  const flags = fileFlags(f);
  const name = fileClosed(f) ? '' : ` name=${repr(fileName(f))}`;
  if ((flags & FileFlag.BINARY) === 0) {
    if (fileClosed(f)) return '<_io.TextIOWrapper [closed]>';
    return `<_io.TextIOWrapper${name} mode=${repr(fileMode(f))} encoding=${repr(fileEncoding(f))}>`;
  }
  const both = FileFlag.READ | FileFlag.WRITE;
  const kind = (flags & both) === both ? 'BufferedRandom' : (flags & FileFlag.READ) !== 0 ? 'BufferedReader' : 'BufferedWriter';
  return `<_io.${kind}${name}>`;
}

export function fileWriteText(f: number, s: string): void {
  fileWriteBytes(f, encodeText(s, codecOfFile(f), errorsOfFile(f)));
}
