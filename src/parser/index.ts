// index.ts - the parser's entry point: source text -> Module, or a PySyntaxError.
// Owns: running tokenizer, grammar and AST builder, and explaining a grammar failure the way CPython
// 3.11 does (missing ':', indentation, unclosed brackets, forgotten commas, `print x`, ...).
// Must never: let anything but a PySyntaxError escape for any input, or keep per-call state in the
// module (the one shared chevrotain parser is reset by every parse).

import * as A from '../ast';
import { PySyntaxError, SyntaxErrorKind } from '../syntax_error';
import { LexResult, PyToken, tokenize, tokenPos } from '../../grammar/lexer';
import { getParser, ParseFailure, PrefixRule } from '../../grammar/parser';
import * as T from '../../grammar/tokens';
import { AstBuilder, BuildContext, exprName, span, syntaxErrorAt } from './visitor';

export { PySyntaxError } from '../syntax_error';

/** Parses a whole module. Throws PySyntaxError (SyntaxError, IndentationError or TabError) for bad input. */
export function parse(source: string, filename: string): A.Module {
  try {
    const module = buildModule(tokenize(source, filename), filename, null);
    T.saveChevrotainCodeCache();
    return module;
  } catch (e) {
    if (e instanceof PySyntaxError) throw e;
    const firstLine = source.split('\n', 1)[0];
    if (e instanceof RangeError) {
      // nesting deep enough to exhaust the JS stack in the grammar or the builder
      throw new PySyntaxError('SyntaxError', 'source too deeply nested to parse', filename, 1, 1, firstLine);
    }
    throw new PySyntaxError('SyntaxError', `internal parser error: ${e instanceof Error ? e.message : String(e)}`, filename, 1, 1, firstLine);
  }
}

/** The source lines errors quote: a field's errors quote the enclosing source. */
function buildModule(lex: LexResult, filename: string, outerLines: string[] | null): A.Module {
  const lines = outerLines ?? lex.lines;
  const tokens = lex.tokens;
  const lineText = (ln: number): string => lines[ln - 1] ?? '';
  const result = getParser().parseFile(tokens);
  if ('failure' in result) throw explain(result.token as PyToken, result.failure, lex, filename, lineText);
  // a lone backslash on the last line leaves nothing for the grammar to reject
  if (lex.truncated) throw explain(tokens[tokens.length - 1], { kind: 'noViableAlt', rule: 'fileInput', expected: null, expectedFirst: [] }, lex, filename, lineText);
  const ctx: BuildContext = {
    filename,
    lineText,
    tokenAfter: (t) => tokens[Math.min(tokens.indexOf(t) + 1, tokens.length - 1)],
    parseField: (text, line, col) => parseField(text, filename, line, col, lines),
  };
  return new AstBuilder(ctx).module(result.cst);
}

/**
 * An f-string field is parsed as CPython 3.11 does, as `(text)`: leading spaces are allowed and
 * `{a, b}` is a tuple spanning the braces. Its tokens are moved to the field's real position, so
 * AST positions and error positions point into the enclosing source; errors get CPython's
 * "f-string: " prefix.
 */
function parseField(text: string, filename: string, line: number, col: number, lines: string[]): A.Expr {
  const realLine = (ln: number): number => line + ln - 1;
  const realCol = (ln: number, c: number): number => (ln === 1 ? col - 1 + c : c);
  const prefixed = (e: PySyntaxError, ln: number, offset: number, endOffset: number): PySyntaxError =>
    new PySyntaxError(e.kind, e.msg.startsWith('f-string') ? e.msg : `f-string: ${e.msg}`, e.filename, ln, offset, lines[ln - 1] ?? '', endOffset);
  let lex: LexResult;
  try {
    lex = tokenize(`(${text})`, filename);
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    // the tokenizer reports positions in the wrapped text
    throw prefixed(e, realLine(e.line), realCol(e.line, e.offset - 1) + 1, realCol(e.line, e.endOffset - 1) + 1);
  }
  for (const t of lex.tokens) {
    t.startColumn = realCol(t.startLine, t.startColumn);
    t.endColumn = realCol(t.endLine, t.endColumn);
    t.startLine = realLine(t.startLine);
    t.endLine = realLine(t.endLine);
  }
  let module: A.Module;
  try {
    module = buildModule(lex, filename, lines);
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    throw prefixed(e, e.line, e.offset, e.endOffset);
  }
  // balanced brackets (checked by fstring.ts) make `(text)` a single expression statement
  const stmt = module.body[0];
  if (module.body.length !== 1 || stmt.kind !== 'Expr') throw new Error('parser internal error: f-string field is not one expression');
  return stmt.value;
}

// ---------------------------------------------------------------- explaining grammar failures

const OPENERS = new Set([T.LParen, T.LBrack, T.LBrace]);
const CLOSERS = new Set([T.RParen, T.RBrack, T.RBrace]);
/** Tokens that can end an operand, and tokens that can start one: two in a row inside brackets suggest a missing comma. */
const OPERAND_END = new Set([T.Name, T.NumberLit, T.StringLit, T.RParen, T.RBrack, T.RBrace, T.KwNone, T.KwTrue, T.KwFalse, T.Ellipsis]);
const OPERAND_START = new Set([T.Name, T.NumberLit, T.StringLit, T.LParen, T.LBrack, T.LBrace, T.KwNone, T.KwTrue, T.KwFalse,
  T.Ellipsis, T.KwNot, T.KwLambda, T.Tilde]);
/** Headers whose ':' CPython demands whatever follows, and those where it only says "expected ':'" before a newline. */
const FORCED_COLON_RULES = new Set(['funcDef', 'tryStmt', 'finallyClause', 'elseClause']);
const NEWLINE_COLON_RULES = new Set(['ifStmt', 'elifClause', 'whileStmt', 'forStmt', 'classDef', 'exceptClause', 'withStmt']);
/** What CPython calls the statement whose block is missing, by its first keyword. */
const BLOCK_OWNER = new Map<T.TokenType, string>([
  [T.KwIf, "'if' statement"], [T.KwElif, "'elif' statement"], [T.KwElse, "'else' statement"],
  [T.KwWhile, "'while' statement"], [T.KwFor, "'for' statement"], [T.KwWith, "'with' statement"],
  [T.KwTry, "'try' statement"], [T.KwExcept, "'except' statement"], [T.KwFinally, "'finally' statement"],
  [T.KwDef, 'function definition'], [T.KwClass, 'class definition'],
]);
const LINE_BREAKS = new Set([T.Newline, T.Indent, T.Dedent]);
/** Bracketed lists of names rather than expressions: CPython suggests no comma there. */
const NOT_EXPRESSION_LISTS = new Set(['funcDef', 'funcParams', 'funcParam', 'typedName', 'importFrom', 'importAsNames', 'importAsName']);

function isType(t: PyToken | undefined, type: T.TokenType): boolean {
  return t !== undefined && t.tokenType === type;
}

function explain(
  offending: PyToken, failure: ParseFailure, lex: LexResult, filename: string, lineText: (ln: number) => string,
): PySyntaxError {
  const { tokens, truncated } = lex;
  let idx = tokens.indexOf(offending);
  if (idx < 0) idx = tokens.length - 1; // chevrotain's own EOF: report at our Endmarker
  const t = tokens[idx];
  const prev = tokens[idx - 1] as PyToken | undefined;
  const prev2 = tokens[idx - 2] as PyToken | undefined;
  const atEof = tokens.slice(idx).every((x) => x.tokenType === T.Dedent || x.tokenType === T.Endmarker);

  const error = (msg: string, pos: A.Pos, kind: SyntaxErrorKind = 'SyntaxError'): PySyntaxError =>
    syntaxErrorAt(kind, msg, filename, lineText(pos.line), pos);
  const range = (from: PyToken, to: PyToken): A.Pos => span(tokenPos(from), tokenPos(to));
  /** Parses an expression rule from token `start`; the index of its last token, or -1. */
  const lastOf = (rule: PrefixRule, start: number): number => {
    const r = getParser().parsePrefix(rule, tokens.slice(start));
    return r ? start + r.end - 1 : -1;
  };

  // Input that ended inside brackets or after a backslash: CPython's tokenizer error wins.
  if (truncated?.kind === 'bracket' && (atEof || t.startLine > truncated.line)) {
    return error(`'${truncated.char}' was never closed`, { line: truncated.line, col: truncated.col, endLine: truncated.line, endCol: truncated.col + 1 });
  }
  if (truncated?.kind === 'eof' && atEof) {
    return error('unexpected EOF while parsing', { line: truncated.line, col: truncated.col, endLine: truncated.line, endCol: truncated.col + 1 });
  }

  // Indentation.
  if (t.tokenType === T.Indent) {
    // CPython puts the caret just before the first character of the line
    return new PySyntaxError('IndentationError', 'unexpected indent', filename, t.startLine, t.startColumn, lineText(t.startLine), t.startColumn + 1);
  }
  if (isType(prev, T.Newline) && isType(prev2, T.Colon)) {
    let first = idx - 2;
    while (first > 0 && !LINE_BREAKS.has(tokens[first - 1].tokenType)) first--;
    const header = tokens[first];
    const owner = BLOCK_OWNER.get(header.tokenType);
    const msg = owner ? `expected an indented block after ${owner} on line ${header.startLine}` : 'expected an indented block';
    return error(msg, tokenPos(t), 'IndentationError');
  }

  // What pygil leaves out.
  if (t.tokenType === T.KwAsync || t.tokenType === T.KwAwait) return error(`'${t.image}' is not supported by pygil`, tokenPos(t));
  if (isType(prev, T.Name) && prev!.image === 'match' && (idx < 2 || LINE_BREAKS.has(prev2!.tokenType))) {
    return error('match statements are not supported by pygil', tokenPos(prev!));
  }

  // A token the grammar insisted on.
  if (failure.kind === 'mismatch') {
    const rule = failure.rule;
    if (failure.expected === T.Colon) {
      if (FORCED_COLON_RULES.has(rule) || (NEWLINE_COLON_RULES.has(rule) && t.tokenType === T.Newline)) return error("expected ':'", tokenPos(t));
      if (rule === 'exceptClause' && t.tokenType === T.Comma) {
        let end = idx;
        while (end + 1 < tokens.length && !isType(tokens[end + 1], T.Colon) && !LINE_BREAKS.has(tokens[end + 1].tokenType)) end++;
        let start = idx;
        while (start > 0 && !isType(tokens[start - 1], T.KwExcept)) start--;
        return error('multiple exception types must be parenthesized', range(tokens[start], tokens[end]));
      }
      if (rule === 'dictItem') {
        let start = idx - 1;
        while (start > 0 && !isType(tokens[start - 1], T.Comma)) start--;
        return error("':' expected after dictionary key", tokenPos(tokens[start]));
      }
      if ((rule === 'ifStmt' || rule === 'elifClause' || rule === 'whileStmt') && t.tokenType === T.Assign) {
        const assignment = explainConditionAssignment(tokens, idx, filename, lineText);
        if (assignment) return error(assignment.msg, assignment.pos);
      }
    }
    if (failure.expected === T.KwElse && failure.rule === 'test' && t.tokenType !== T.Colon) {
      let kwIf = idx - 1;
      for (let depth = 0; kwIf > 0; kwIf--) {
        const type = tokens[kwIf].tokenType;
        if (CLOSERS.has(type)) depth++;
        else if (OPENERS.has(type)) depth--;
        else if (type === T.KwIf && depth === 0) break;
      }
      const start = expressionStart(tokens, kwIf);
      return error("expected 'else' after 'if' expression", range(tokens[start], tokens[idx - 1]));
    }
    if (failure.expected === T.LParen && failure.rule === 'funcDef') return error("expected '('", tokenPos(t));
  }
  // `def f() -> :` - CPython backs out of the annotation and demands the ':' where '->' stands
  if (t.tokenType === T.Colon && isType(prev, T.Arrow) && failure.kind !== 'mismatch') return error("expected ':'", tokenPos(prev!));

  if (t.tokenType === T.Assign && isType(prev, T.Name) && (isType(prev2, T.Star) || isType(prev2, T.DoubleStar))) {
    const what = isType(prev2, T.Star) ? 'var-positional' : 'var-keyword';
    return error(`${what} argument cannot have default value`, tokenPos(t));
  }
  if (t.tokenType === T.Assign && failure.rule === 'simpleStmts') {
    let first = idx - 1;
    while (first > 0 && !LINE_BREAKS.has(tokens[first - 1].tokenType) && !isType(tokens[first - 1], T.Semi)) first--;
    if (isType(tokens[first], T.KwYield)) return error('assignment to yield expression not possible', range(tokens[first], tokens[idx - 1]));
  }
  if (failure.rule === 'tryStmt' && failure.kind === 'noViableAlt') return error("expected 'except' or 'finally' block", tokenPos(t));
  if (isType(prev, T.Colon) && (t.tokenType === T.RBrace || t.tokenType === T.Comma) && innermostBracket(tokens, idx) === T.LBrace) {
    return error("expression expected after dictionary key and ':'", tokenPos(prev!));
  }

  // Two operands in a row: `print x`, or a forgotten comma inside brackets.
  if (prev && OPERAND_START.has(t.tokenType) && OPERAND_END.has(prev.tokenType)) {
    const legacy = prev.tokenType === T.Name && (prev.image === 'print' || prev.image === 'exec');
    if (legacy && t.tokenType !== T.LParen && expressionStart(tokens, idx - 1) === idx - 1) {
      const end = lastOf('starExpressions', idx);
      if (end >= 0) return error(`Missing parentheses in call to '${prev.image}'. Did you mean ${prev.image}(...)?`, range(prev, tokens[end]));
    }
    if (!legacy && innermostBracket(tokens, idx) !== null && !(prev.tokenType === T.Name && t.tokenType === T.StringLit) && !NOT_EXPRESSION_LISTS.has(failure.rule)) {
      const start = operandStart(tokens, idx);
      if (start >= 0 && lastOf('orTest', start) === idx - 1) {
        const end = lastOf('test', idx);
        if (end >= 0) return error('invalid syntax. Perhaps you forgot a comma?', range(tokens[start], tokens[end]));
      }
    }
  }

  if (t.tokenType === T.Dedent && !atEof) return error('unexpected unindent', tokenPos(t), 'IndentationError');
  if (atEof) {
    // CPython has no column for its end-of-input token
    return new PySyntaxError('SyntaxError', 'invalid syntax', filename, t.startLine, 0, lineText(t.startLine), 0);
  }
  return error('invalid syntax', tokenPos(t));
}

/** The type of the innermost bracket still open before token idx, or null. */
function innermostBracket(tokens: PyToken[], idx: number): T.TokenType | null {
  const open: T.TokenType[] = [];
  for (let i = 0; i < idx; i++) {
    if (OPENERS.has(tokens[i].tokenType)) open.push(tokens[i].tokenType);
    else if (CLOSERS.has(tokens[i].tokenType)) open.pop();
  }
  return open.length > 0 ? open[open.length - 1] : null;
}

/**
 * Walks back from `idx` to where the operand ending just before it starts: right after the enclosing
 * bracket or a `,` `:` `=` at the same depth. -1 when something else (a keyword, a statement boundary)
 * comes first; CPython then does not suggest a comma either.
 */
function operandStart(tokens: PyToken[], idx: number): number {
  let depth = 0;
  for (let j = idx - 1; j >= 0; j--) {
    const type = tokens[j].tokenType;
    if (CLOSERS.has(type)) depth++;
    else if (OPENERS.has(type)) {
      if (depth === 0) return j + 1;
      depth--;
    } else if (depth === 0) {
      if (type === T.Comma || type === T.Colon || type === T.Assign || type === T.Walrus) return j + 1;
      if (type === T.KwIf || type === T.KwElse || type === T.KwFor || type === T.KwLambda || type === T.KwYield || LINE_BREAKS.has(type)) return -1;
    }
  }
  return -1;
}

/** Tokens after which an expression starts (augmented assignments too, by category). */
const EXPRESSION_BOUNDARY = new Set([
  T.Comma, T.Colon, T.Semi, T.Assign, T.Walrus, T.Arrow, T.At, T.Newline, T.Indent, T.Dedent,
  T.KwElse, T.KwReturn, T.KwYield, T.KwIf, T.KwElif, T.KwWhile, T.KwAssert, T.KwDel, T.KwRaise, T.KwFrom,
  T.KwWith, T.KwAs, T.KwFor,
]);

function expressionStart(tokens: PyToken[], idx: number): number {
  let depth = 0;
  for (let j = idx - 1; j >= 0; j--) {
    const t = tokens[j];
    if (CLOSERS.has(t.tokenType)) depth++;
    else if (OPENERS.has(t.tokenType)) {
      if (depth === 0) return j + 1;
      depth--;
    } else if (depth === 0 && (EXPRESSION_BOUNDARY.has(t.tokenType) || (t.tokenType.CATEGORIES ?? []).includes(T.AugAssign))) {
      return j + 1;
    }
  }
  return 0;
}

/** `if x = 1:` - CPython suggests '==' (or ':=' for a plain name). */
function explainConditionAssignment(
  tokens: PyToken[], idx: number, filename: string, lineText: (ln: number) => string,
): { msg: string; pos: A.Pos } | null {
  const start = expressionStart(tokens, idx);
  const parser = getParser();
  const left = parser.parsePrefix('orTest', tokens.slice(start, idx));
  if (!left || start + left.end !== idx) return null;
  let target: A.Expr;
  try {
    const ctx: BuildContext = {
      filename, lineText, tokenAfter: (t) => t,
      parseField: () => { throw new PySyntaxError('SyntaxError', 'invalid syntax', filename, 1, 1, ''); },
    };
    target = new AstBuilder(ctx).expression(left.cst);
  } catch {
    return null;
  }
  const right = parser.parsePrefix('orTest', tokens.slice(idx + 1));
  const rightEnd = right ? tokens[idx + right.end] : tokens[idx];
  if (target.kind === 'Name') {
    const pos = { line: target.line, col: target.col, endLine: rightEnd.endLine, endCol: rightEnd.endColumn };
    return { msg: "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", pos };
  }
  return { msg: `cannot assign to ${exprName(target)} here. Maybe you meant '==' instead of '='?`, pos: target };
}
