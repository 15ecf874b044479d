// parser.ts - the Python 3.11 grammar (the subset pygil runs) as a chevrotain CstParser over grammar/lexer.ts tokens.
// Owns: which token sequences are well formed (LL(1); LL(2) only for lists with a trailing separator; one
// token-scanning gate for parenthesised `with` items) and the lookahead strategy that decides it quickly.
// Must never: build AST nodes or raise PySyntaxError (visitor.ts and index.ts in src/parser do); where CPython's
// PEG grammar needs unbounded lookahead (targets, parameter order, keywords) it parses lists for the visitor to check.

import type { CstNode, ILookaheadStrategy, IOrAlt, IParserErrorMessageProvider, IToken, OptionalProductionType, Rule, TokenType } from 'chevrotain';
import {
  chevrotain, allTokens,
  Arrow, BoolOperator, Assign, At, AugAssign, BinOp, CmpOp, Colon, Comma, Dedent, Dot, DoubleStar, Ellipsis,
  Endmarker, Indent, KwAs, KwAssert, KwBreak, KwClass, KwContinue, KwDef, KwDel, KwElif, KwElse, KwExcept,
  KwFalse, KwFinally, KwFor, KwFrom, KwGlobal, KwIf, KwImport, KwIn, KwIs, KwLambda, KwNone, KwNonlocal, KwNot,
  KwPass, KwRaise, KwReturn, KwTrue, KwTry, KwWhile, KwWith, KwYield, LBrace, LBrack, LParen,
  Name, Newline, NumberLit, RBrace, RBrack, RParen, Semi, Slash, Star, StringLit,
  UnaryOp, Walrus,
} from './tokens';

/** What the parser was looking for when it gave up; src/parser/index.ts turns it into CPython's message. */
export interface ParseFailure {
  readonly kind: 'mismatch' | 'noViableAlt' | 'earlyExit' | 'notAllInput';
  readonly rule: string;
  /** for 'mismatch': the one token type that was required */
  readonly expected: TokenType | null;
  /** the first token of every path that would have been accepted */
  readonly expectedFirst: TokenType[];
}

function makeMessageProvider(sink: { failure: ParseFailure | null }): IParserErrorMessageProvider {
  const firsts = (paths: TokenType[][]): TokenType[] => paths.filter((p) => p.length > 0).map((p) => p[0]);
  const record = (f: ParseFailure): string => {
    sink.failure = f;
    return `${f.kind} in ${f.rule}`;
  };
  return {
    buildMismatchTokenMessage: ({ expected, ruleName }) =>
      record({ kind: 'mismatch', rule: ruleName, expected, expectedFirst: [expected] }),
    buildNotAllInputParsedMessage: ({ ruleName }) =>
      record({ kind: 'notAllInput', rule: ruleName, expected: null, expectedFirst: [] }),
    buildNoViableAltMessage: ({ expectedPathsPerAlt, ruleName }) =>
      record({ kind: 'noViableAlt', rule: ruleName, expected: null, expectedFirst: expectedPathsPerAlt.flatMap(firsts) }),
    buildEarlyExitMessage: ({ expectedIterationPaths, ruleName }) =>
      record({ kind: 'earlyExit', rule: ruleName, expected: null, expectedFirst: firsts(expectedIterationPaths) }),
  };
}

/** A FIRST set: which token types (by tokenTypeIdx) can start a production, and whether it can be empty. */
interface First {
  readonly tokens: boolean[];
  nullable: boolean;
}

type GastProduction = Rule['definition'][number];
type LookaheadHost = { LA(i: number): IToken };

/**
 * Lookahead decisions from FIRST sets, memoised per rule and built for each decision the first time
 * the parser reaches it. Chevrotain's own LL(k) strategy computes paths through the whole
 * expression hierarchy again for every decision, and doing that for the ~150 decisions of this
 * grammar was most of pygil's start-up. The grammar is LL(1) except for repetitions declared with
 * MAX_LOOKAHEAD: 2, all of the form `(sep item)*` before an optional trailing `sep`: those iterate
 * when the separator is followed by a token that can start the item. Grammar validation still uses
 * chevrotain's strategy, and a test checks that both strategies parse a corpus identically.
 */
class FirstSetLookahead implements ILookaheadStrategy {
  private readonly ruleFirsts = new Map<string, First>();

  constructor(private readonly maxLookahead: number) {}

  validate(options: { rules: Rule[]; tokenTypes: TokenType[]; grammarName: string }) {
    return new chevrotain.LLkLookaheadStrategy({ maxLookahead: this.maxLookahead }).validate(options);
  }

  buildLookaheadForAlternation(options: { prodOccurrence: number; rule: Rule }): (orAlts?: IOrAlt<unknown>[]) => number | undefined {
    let alternatives: First[] | null = null;
    const compute = (): First[] => {
      const or = findProduction(options.rule, chevrotain.Alternation, options.prodOccurrence);
      return or.definition.map((alt) => this.firstOfSequence((alt as ChevrotainAlternative).definition));
    };
    return function (this: LookaheadHost, orAlts?: IOrAlt<unknown>[]) {
      alternatives ??= compute();
      const next = this.LA(1).tokenTypeIdx;
      for (let i = 0; i < alternatives.length; i++) {
        const gate = orAlts?.[i]?.GATE;
        if (gate !== undefined && !gate.call(this)) continue;
        if (alternatives[i].nullable || alternatives[i].tokens[next]) return i;
      }
      return undefined;
    };
  }

  buildLookaheadForOptional(options: { prodOccurrence: number; prodType: OptionalProductionType; rule: Rule; maxLookahead: number }): () => boolean {
    let decide: ((host: LookaheadHost) => boolean) | null = null;
    const compute = (): ((host: LookaheadHost) => boolean) => {
      const prod = findProduction(options.rule, OPTIONAL_CLASSES[options.prodType](), options.prodOccurrence);
      const body = prod.definition;
      const head = body[0];
      if (options.maxLookahead >= 2 && head instanceof chevrotain.Terminal) {
        const sep = this.firstOf(head);
        const rest = this.firstOfSequence(body.slice(1));
        return (host) => sep.tokens[host.LA(1).tokenTypeIdx] === true && (rest.nullable || rest.tokens[host.LA(2).tokenTypeIdx] === true);
      }
      const first = this.firstOfSequence(body);
      return (host) => first.tokens[host.LA(1).tokenTypeIdx] === true;
    };
    return function (this: LookaheadHost) {
      decide ??= compute();
      return decide(this);
    };
  }

  private firstOfSequence(prods: GastProduction[]): First {
    const out: First = { tokens: [], nullable: true };
    for (const p of prods) {
      const f = this.firstOf(p);
      f.tokens.forEach((yes, idx) => { if (yes) out.tokens[idx] = true; });
      if (!f.nullable) {
        out.nullable = false;
        break;
      }
    }
    return out;
  }

  private firstOf(p: GastProduction): First {
    if (p instanceof chevrotain.Terminal) {
      const tokens: boolean[] = [];
      const type = p.terminalType;
      tokens[type.tokenTypeIdx!] = true;
      for (const member of type.categoryMatches ?? []) tokens[member] = true;
      return { tokens, nullable: false };
    }
    if (p instanceof chevrotain.NonTerminal) return this.ruleFirst(p.referencedRule);
    if (p instanceof chevrotain.Alternation) {
      const out: First = { tokens: [], nullable: false };
      for (const alt of p.definition) {
        const f = this.firstOfSequence((alt as ChevrotainAlternative).definition);
        f.tokens.forEach((yes, idx) => { if (yes) out.tokens[idx] = true; });
        out.nullable ||= f.nullable;
      }
      return out;
    }
    const inner = this.firstOfSequence(childrenOf(p));
    const optional = p instanceof chevrotain.Option || p instanceof chevrotain.Repetition || p instanceof chevrotain.RepetitionWithSeparator;
    return { tokens: inner.tokens, nullable: inner.nullable || optional };
  }

  private ruleFirst(rule: Rule): First {
    let first = this.ruleFirsts.get(rule.name);
    if (first === undefined) {
      this.ruleFirsts.set(rule.name, { tokens: [], nullable: false }); // the grammar has no left recursion
      first = this.firstOfSequence(rule.definition);
      this.ruleFirsts.set(rule.name, first);
    }
    return first;
  }
}

type ChevrotainAlternative = InstanceType<typeof chevrotain.Alternative>;

/** The nested productions of an Option, Repetition, Alternation or Alternative. */
function childrenOf(p: GastProduction): GastProduction[] {
  return (p as unknown as { definition: GastProduction[] }).definition;
}
type ProductionClass = abstract new (...args: never[]) => { idx: number; definition: GastProduction[] };

const OPTIONAL_CLASSES: Record<OptionalProductionType, () => ProductionClass> = {
  Option: () => chevrotain.Option,
  Repetition: () => chevrotain.Repetition,
  RepetitionMandatory: () => chevrotain.RepetitionMandatory,
  RepetitionMandatoryWithSeparator: () => chevrotain.RepetitionMandatoryWithSeparator,
  RepetitionWithSeparator: () => chevrotain.RepetitionWithSeparator,
};

/** The production of class `cls` with occurrence index `idx` in `rule` (not looking into other rules). */
function findProduction<C extends ProductionClass>(rule: Rule, cls: C, idx: number): InstanceType<C> {
  const search = (prods: GastProduction[]): InstanceType<C> | null => {
    for (const p of prods) {
      if (p instanceof cls && p.idx === idx) return p as InstanceType<C>;
      if (p instanceof chevrotain.NonTerminal || p instanceof chevrotain.Terminal) continue;
      const found = search(childrenOf(p));
      if (found) return found;
    }
    return null;
  };
  const found = search(rule.definition);
  if (found === null) throw new Error(`parser internal error: no decision ${idx} in rule ${rule.name}`);
  return found;
}

/** Lists that may end with a separator (`f(a, b,)`) raise this to 2 for their repetition. */
const MAX_LOOKAHEAD = 1;

/** Rules that parsePrefix may start from. */
export type PrefixRule = 'test' | 'namedExprTest' | 'starExpressions' | 'orTest';

export interface ParserOptions {
  /** Run chevrotain's grammar validations (ambiguities, left recursion); the tests do, start-up does not. */
  readonly validate?: boolean;
  /** Use chevrotain's own LL(k) lookahead instead of FirstSetLookahead (to test one against the other). */
  readonly chevrotainLookahead?: boolean;
}

export class PythonParser extends chevrotain.CstParser {
  private readonly sink: { failure: ParseFailure | null };

  constructor(options: ParserOptions = {}) {
    const sink: { failure: ParseFailure | null } = { failure: null };
    super(allTokens, {
      recoveryEnabled: false,
      nodeLocationTracking: 'full',
      maxLookahead: MAX_LOOKAHEAD,
      ...(options.chevrotainLookahead ? {} : { lookaheadStrategy: new FirstSetLookahead(MAX_LOOKAHEAD) }),
      skipValidations: !options.validate,
      traceInitPerf: process.env.PYGIL_TRACE_INIT === '1',
      errorMessageProvider: makeMessageProvider(sink),
    });
    this.sink = sink;
    this.performSelfAnalysis();
  }

  /** Parses a whole token stream; on failure returns the offending token and what was expected. */
  parseFile(tokens: IToken[]): { cst: CstNode } | { token: IToken; failure: ParseFailure } {
    this.sink.failure = null;
    this.input = tokens;
    const cst = this.fileInput();
    const error = this.errors[0];
    if (error === undefined) return { cst };
    const failure: ParseFailure = this.sink.failure ?? { kind: 'noViableAlt', rule: 'fileInput', expected: null, expectedFirst: [] };
    return { token: error.token, failure };
  }

  /**
   * Parses the longest prefix of `tokens` that one expression rule accepts (for error diagnosis);
   * returns the CST and the index of the first token not consumed, or null when the rule fails.
   */
  parsePrefix(rule: PrefixRule, tokens: IToken[]): { cst: CstNode; end: number } | null {
    this.sink.failure = null;
    this.input = tokens;
    const cst = this[rule]();
    const error = this.errors[0];
    if (error !== undefined && error.name !== 'NotAllInputParsedException') return null;
    const end = error === undefined ? tokens.length : tokens.indexOf(error.token);
    return end > 0 ? { cst, end } : null;
  }

  // ---------------------------------------------------------------- statements

  fileInput = this.RULE('fileInput', () => {
    this.MANY(() => this.SUBRULE(this.statement));
    this.CONSUME(Endmarker);
  });

  statement = this.RULE('statement', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.compoundStmt) },
      { ALT: () => this.SUBRULE(this.simpleStmts) },
    ]);
  });

  simpleStmts = this.RULE('simpleStmts', () => {
    this.SUBRULE(this.simpleStmt);
    this.MANY({ MAX_LOOKAHEAD: 2, DEF: () => {
      this.CONSUME(Semi);
      this.SUBRULE2(this.simpleStmt);
    } });
    this.OPTION(() => this.CONSUME2(Semi));
    this.CONSUME(Newline);
  });

  simpleStmt = this.RULE('simpleStmt', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.exprStmt) },
      { ALT: () => this.SUBRULE(this.yieldExpr) },
      { ALT: () => this.CONSUME(KwPass) },
      { ALT: () => this.CONSUME(KwBreak) },
      { ALT: () => this.CONSUME(KwContinue) },
      { ALT: () => this.SUBRULE(this.returnStmt) },
      { ALT: () => this.SUBRULE(this.raiseStmt) },
      { ALT: () => this.SUBRULE(this.delStmt) },
      { ALT: () => this.SUBRULE(this.globalStmt) },
      { ALT: () => this.SUBRULE(this.nonlocalStmt) },
      { ALT: () => this.SUBRULE(this.assertStmt) },
      { ALT: () => this.SUBRULE(this.importName) },
      { ALT: () => this.SUBRULE(this.importFrom) },
    ]);
  });

  /** Expression statement, or any assignment: the targets are parsed as expressions and checked later. */
  exprStmt = this.RULE('exprStmt', () => {
    this.SUBRULE(this.starExpressions);
    this.OPTION(() => {
      this.OR([
        { ALT: () => this.SUBRULE(this.annAssignTail) },
        {
          ALT: () => {
            this.CONSUME(AugAssign);
            this.SUBRULE(this.assignValue);
          },
        },
        { ALT: () => this.AT_LEAST_ONE(() => this.SUBRULE(this.assignTail)) },
      ]);
    });
  });

  annAssignTail = this.RULE('annAssignTail', () => {
    this.CONSUME(Colon);
    this.SUBRULE(this.test);
    this.OPTION(() => {
      this.CONSUME(Assign);
      this.SUBRULE(this.assignValue);
    });
  });

  assignTail = this.RULE('assignTail', () => {
    this.CONSUME(Assign);
    this.SUBRULE(this.assignValue);
  });

  assignValue = this.RULE('assignValue', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.yieldExpr) },
      { ALT: () => this.SUBRULE(this.starExpressions) },
    ]);
  });

  returnStmt = this.RULE('returnStmt', () => {
    this.CONSUME(KwReturn);
    this.OPTION(() => this.SUBRULE(this.starExpressions));
  });

  raiseStmt = this.RULE('raiseStmt', () => {
    this.CONSUME(KwRaise);
    this.OPTION(() => {
      this.SUBRULE(this.test, { LABEL: 'exc' });
      this.OPTION2(() => {
        this.CONSUME(KwFrom);
        this.SUBRULE2(this.test, { LABEL: 'cause' });
      });
    });
  });

  delStmt = this.RULE('delStmt', () => {
    this.CONSUME(KwDel);
    this.SUBRULE(this.targetList);
  });

  globalStmt = this.RULE('globalStmt', () => {
    this.CONSUME(KwGlobal);
    this.CONSUME(Name);
    this.MANY(() => {
      this.CONSUME(Comma);
      this.CONSUME2(Name);
    });
  });

  nonlocalStmt = this.RULE('nonlocalStmt', () => {
    this.CONSUME(KwNonlocal);
    this.CONSUME(Name);
    this.MANY(() => {
      this.CONSUME(Comma);
      this.CONSUME2(Name);
    });
  });

  assertStmt = this.RULE('assertStmt', () => {
    this.CONSUME(KwAssert);
    this.SUBRULE(this.test, { LABEL: 'condition' });
    this.OPTION(() => {
      this.CONSUME(Comma);
      this.SUBRULE2(this.test, { LABEL: 'message' });
    });
  });

  importName = this.RULE('importName', () => {
    this.CONSUME(KwImport);
    this.SUBRULE(this.dottedAsName);
    this.MANY(() => {
      this.CONSUME(Comma);
      this.SUBRULE2(this.dottedAsName);
    });
  });

  dottedAsName = this.RULE('dottedAsName', () => {
    this.SUBRULE(this.dottedName);
    this.OPTION(() => {
      this.CONSUME(KwAs);
      this.CONSUME(Name);
    });
  });

  dottedName = this.RULE('dottedName', () => {
    this.CONSUME(Name);
    this.MANY(() => {
      this.CONSUME(Dot);
      this.CONSUME2(Name);
    });
  });

  /** `from` needs dots, a module, or both; the visitor refuses `from import x`. */
  importFrom = this.RULE('importFrom', () => {
    this.CONSUME(KwFrom);
    this.MANY(() => {
      this.OR([
        { ALT: () => this.CONSUME(Dot) },
        { ALT: () => this.CONSUME(Ellipsis) },
      ]);
    });
    this.OPTION(() => this.SUBRULE(this.dottedName));
    this.CONSUME(KwImport);
    this.OR2([
      { ALT: () => this.CONSUME(Star) },
      {
        ALT: () => {
          this.CONSUME(LParen);
          this.SUBRULE(this.importAsNames);
          this.CONSUME(RParen);
        },
      },
      { ALT: () => this.SUBRULE2(this.importAsNames) },
    ]);
  });

  /** A trailing comma is only allowed inside parentheses; the visitor checks that. */
  importAsNames = this.RULE('importAsNames', () => {
    this.SUBRULE(this.importAsName);
    this.MANY({ MAX_LOOKAHEAD: 2, DEF: () => {
      this.CONSUME(Comma);
      this.SUBRULE2(this.importAsName);
    } });
    this.OPTION(() => this.CONSUME2(Comma));
  });

  importAsName = this.RULE('importAsName', () => {
    this.CONSUME(Name);
    this.OPTION(() => {
      this.CONSUME(KwAs);
      this.CONSUME2(Name);
    });
  });

  // ---------------------------------------------------------------- compound statements

  compoundStmt = this.RULE('compoundStmt', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.ifStmt) },
      { ALT: () => this.SUBRULE(this.whileStmt) },
      { ALT: () => this.SUBRULE(this.forStmt) },
      { ALT: () => this.SUBRULE(this.tryStmt) },
      { ALT: () => this.SUBRULE(this.withStmt) },
      { ALT: () => this.SUBRULE(this.funcDef) },
      { ALT: () => this.SUBRULE(this.classDef) },
      { ALT: () => this.SUBRULE(this.decorated) },
    ]);
  });

  /** An indented suite, or simple statements on the header's line (`if x: y`). */
  block = this.RULE('block', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(Newline);
          this.CONSUME(Indent);
          this.AT_LEAST_ONE(() => this.SUBRULE(this.statement));
          this.CONSUME(Dedent);
        },
      },
      { ALT: () => this.SUBRULE(this.simpleStmts) },
    ]);
  });

  ifStmt = this.RULE('ifStmt', () => {
    this.CONSUME(KwIf);
    this.SUBRULE(this.namedExprTest);
    this.CONSUME(Colon);
    this.SUBRULE(this.block);
    this.MANY(() => this.SUBRULE(this.elifClause));
    this.OPTION(() => this.SUBRULE(this.elseClause));
  });

  elifClause = this.RULE('elifClause', () => {
    this.CONSUME(KwElif);
    this.SUBRULE(this.namedExprTest);
    this.CONSUME(Colon);
    this.SUBRULE(this.block);
  });

  elseClause = this.RULE('elseClause', () => {
    this.CONSUME(KwElse);
    this.CONSUME(Colon);
    this.SUBRULE(this.block);
  });

  whileStmt = this.RULE('whileStmt', () => {
    this.CONSUME(KwWhile);
    this.SUBRULE(this.namedExprTest);
    this.CONSUME(Colon);
    this.SUBRULE(this.block);
    this.OPTION(() => this.SUBRULE(this.elseClause));
  });

  forStmt = this.RULE('forStmt', () => {
    this.CONSUME(KwFor);
    this.SUBRULE(this.targetList);
    this.CONSUME(KwIn);
    this.SUBRULE(this.starExpressions);
    this.CONSUME(Colon);
    this.SUBRULE(this.block);
    this.OPTION(() => this.SUBRULE(this.elseClause));
  });

  tryStmt = this.RULE('tryStmt', () => {
    this.CONSUME(KwTry);
    this.CONSUME(Colon);
    this.SUBRULE(this.block);
    this.OR([
      {
        ALT: () => {
          this.AT_LEAST_ONE(() => this.SUBRULE(this.exceptClause));
          this.OPTION(() => this.SUBRULE(this.elseClause));
          this.OPTION2(() => this.SUBRULE(this.finallyClause));
        },
      },
      { ALT: () => this.SUBRULE2(this.finallyClause) },
    ]);
  });

  exceptClause = this.RULE('exceptClause', () => {
    this.CONSUME(KwExcept);
    this.OPTION(() => {
      this.SUBRULE(this.test);
      this.OPTION2(() => {
        this.CONSUME(KwAs);
        this.CONSUME(Name);
      });
    });
    this.CONSUME(Colon);
    this.SUBRULE(this.block);
  });

  finallyClause = this.RULE('finallyClause', () => {
    this.CONSUME(KwFinally);
    this.CONSUME(Colon);
    this.SUBRULE(this.block);
  });

  withStmt = this.RULE('withStmt', () => {
    this.CONSUME(KwWith);
    this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: [
      {
        // `with (a as b, c):` - only when the parenthesis closes right before the ':'
        GATE: () => this.parenthesizedWithItems(),
        ALT: () => {
          this.CONSUME(LParen);
          this.SUBRULE(this.withItem);
          this.MANY({ MAX_LOOKAHEAD: 2, DEF: () => {
            this.CONSUME(Comma);
            this.SUBRULE2(this.withItem);
          } });
          this.OPTION(() => this.CONSUME2(Comma));
          this.CONSUME(RParen);
        },
      },
      {
        ALT: () => {
          this.SUBRULE3(this.withItem);
          this.MANY2(() => {
            this.CONSUME3(Comma);
            this.SUBRULE4(this.withItem);
          });
        },
      },
    ] });
    this.CONSUME(Colon);
    this.SUBRULE(this.block);
  });

  withItem = this.RULE('withItem', () => {
    this.SUBRULE(this.test);
    this.OPTION(() => {
      this.CONSUME(KwAs);
      this.SUBRULE(this.starOrExpr);
    });
  });

  decorated = this.RULE('decorated', () => {
    this.AT_LEAST_ONE(() => this.SUBRULE(this.decorator));
    this.OR([
      { ALT: () => this.SUBRULE(this.funcDef) },
      { ALT: () => this.SUBRULE(this.classDef) },
    ]);
  });

  decorator = this.RULE('decorator', () => {
    this.CONSUME(At);
    this.SUBRULE(this.namedExprTest);
    this.CONSUME(Newline);
  });

  funcDef = this.RULE('funcDef', () => {
    this.CONSUME(KwDef);
    this.CONSUME(Name);
    this.CONSUME(LParen);
    this.OPTION(() => this.SUBRULE(this.funcParams));
    this.CONSUME(RParen);
    this.OPTION2(() => {
      this.CONSUME(Arrow);
      this.SUBRULE(this.test);
    });
    this.CONSUME(Colon);
    this.SUBRULE(this.block);
  });

  /** Parameters in any order; the visitor enforces CPython's order and reports its messages. */
  funcParams = this.RULE('funcParams', () => {
    this.SUBRULE(this.funcParam);
    this.MANY({ MAX_LOOKAHEAD: 2, DEF: () => {
      this.CONSUME(Comma);
      this.SUBRULE2(this.funcParam);
    } });
    this.OPTION(() => this.CONSUME2(Comma));
  });

  funcParam = this.RULE('funcParam', () => {
    this.OR([
      { ALT: () => this.CONSUME(Slash) },
      {
        ALT: () => {
          this.CONSUME(Star);
          this.OPTION(() => this.SUBRULE(this.starTypedName));
        },
      },
      {
        ALT: () => {
          this.CONSUME(DoubleStar);
          this.SUBRULE2(this.typedName);
        },
      },
      {
        ALT: () => {
          this.SUBRULE3(this.typedName);
          this.OPTION2(() => {
            this.CONSUME(Assign);
            this.SUBRULE(this.test);
          });
        },
      },
    ]);
  });

  /** `*args: *Ts` - only the `*` parameter's annotation may be starred (PEP 646). */
  starTypedName = this.RULE('starTypedName', () => {
    this.CONSUME(Name);
    this.OPTION(() => {
      this.CONSUME(Colon);
      this.SUBRULE(this.starExpression);
    });
  });

  typedName = this.RULE('typedName', () => {
    this.CONSUME(Name);
    this.OPTION(() => {
      this.CONSUME(Colon);
      this.SUBRULE(this.test);
    });
  });

  classDef = this.RULE('classDef', () => {
    this.CONSUME(KwClass);
    this.CONSUME(Name);
    this.OPTION(() => {
      this.CONSUME(LParen);
      this.OPTION2(() => this.SUBRULE(this.argList));
      this.CONSUME(RParen);
    });
    this.CONSUME(Colon);
    this.SUBRULE(this.block);
  });

  // ---------------------------------------------------------------- expression lists

  /** Comma-separated expressions, a Tuple when there is a comma (`x = 1, *rest`). */
  starExpressions = this.RULE('starExpressions', () => {
    this.SUBRULE(this.starExpression);
    this.MANY({ MAX_LOOKAHEAD: 2, DEF: () => {
      this.CONSUME(Comma);
      this.SUBRULE2(this.starExpression);
    } });
    this.OPTION(() => this.CONSUME2(Comma));
  });

  starExpression = this.RULE('starExpression', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.starExpr) },
      { ALT: () => this.SUBRULE(this.test) },
    ]);
  });

  starNamedExpr = this.RULE('starNamedExpr', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.starExpr) },
      { ALT: () => this.SUBRULE(this.namedExprTest) },
    ]);
  });

  /** `for` / `del` / comprehension targets, as expressions at the `|` level (no comparisons). */
  targetList = this.RULE('targetList', () => {
    this.SUBRULE(this.starOrExpr);
    this.MANY({ MAX_LOOKAHEAD: 2, DEF: () => {
      this.CONSUME(Comma);
      this.SUBRULE2(this.starOrExpr);
    } });
    this.OPTION(() => this.CONSUME2(Comma));
  });

  starOrExpr = this.RULE('starOrExpr', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.starExpr) },
      { ALT: () => this.SUBRULE(this.bitwiseOr) },
    ]);
  });

  starExpr = this.RULE('starExpr', () => {
    this.CONSUME(Star);
    this.SUBRULE(this.bitwiseOr);
  });

  // ---------------------------------------------------------------- expressions, loosest binding first

  namedExprTest = this.RULE('namedExprTest', () => {
    this.SUBRULE(this.test);
    this.OPTION(() => {
      this.CONSUME(Walrus);
      this.SUBRULE2(this.test, { LABEL: 'value' });
    });
  });

  test = this.RULE('test', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.lambdef) },
      {
        ALT: () => {
          this.SUBRULE(this.orTest, { LABEL: 'body' });
          this.OPTION(() => {
            this.CONSUME(KwIf);
            this.SUBRULE2(this.orTest, { LABEL: 'condition' });
            this.CONSUME(KwElse);
            this.SUBRULE(this.test, { LABEL: 'orelse' });
          });
        },
      },
    ]);
  });

  lambdef = this.RULE('lambdef', () => {
    this.CONSUME(KwLambda);
    this.OPTION(() => this.SUBRULE(this.lambdaParams));
    this.CONSUME(Colon);
    this.SUBRULE(this.test);
  });

  lambdaParams = this.RULE('lambdaParams', () => {
    this.SUBRULE(this.lambdaParam);
    this.MANY({ MAX_LOOKAHEAD: 2, DEF: () => {
      this.CONSUME(Comma);
      this.SUBRULE2(this.lambdaParam);
    } });
    this.OPTION(() => this.CONSUME2(Comma));
  });

  lambdaParam = this.RULE('lambdaParam', () => {
    this.OR([
      { ALT: () => this.CONSUME(Slash) },
      {
        ALT: () => {
          this.CONSUME(Star);
          this.OPTION(() => this.CONSUME(Name));
        },
      },
      {
        ALT: () => {
          this.CONSUME(DoubleStar);
          this.CONSUME2(Name);
        },
      },
      {
        ALT: () => {
          this.CONSUME3(Name);
          this.OPTION2(() => {
            this.CONSUME(Assign);
            this.SUBRULE(this.test);
          });
        },
      },
    ]);
  });

  /**
   * `and`/`or` chains as one flat list (`and` binds tighter; the AST builder groups them), over
   * comparisons. Levels are merged like this, here and below, because every rule level costs a rule
   * invocation for every operand of every expression.
   */
  orTest = this.RULE('orTest', () => {
    this.SUBRULE(this.comparison);
    this.MANY(() => {
      this.CONSUME(BoolOperator);
      this.SUBRULE2(this.comparison);
    });
  });

  /** `not` binds looser than comparisons, so leading `not`s apply to the whole chain: not a < b. */
  comparison = this.RULE('comparison', () => {
    this.MANY(() => this.CONSUME(KwNot));
    this.SUBRULE(this.bitwiseOr);
    this.MANY2(() => {
      this.SUBRULE(this.compOp);
      this.SUBRULE2(this.bitwiseOr);
    });
  });

  compOp = this.RULE('compOp', () => {
    this.OR([
      { ALT: () => this.CONSUME(CmpOp) },
      { ALT: () => this.CONSUME(KwIn) },
      {
        ALT: () => {
          this.CONSUME(KwNot);
          this.CONSUME2(KwIn);
        },
      },
      {
        ALT: () => {
          this.CONSUME(KwIs);
          this.OPTION(() => this.CONSUME2(KwNot));
        },
      },
    ]);
  });

  /**
   * All binary operators binding tighter than comparisons, as one flat list; from loosest to tightest
   * they are | ^ & (<< >>) (+ -) (* @ / // %), all left-associative. The AST builder applies the
   * precedence: a rule per level would cost five more rule invocations for every operand.
   */
  bitwiseOr = this.RULE('bitwiseOr', () => {
    this.SUBRULE(this.factor);
    this.MANY(() => {
      this.CONSUME(BinOp);
      this.SUBRULE2(this.factor);
    });
  });

  /**
   * Unary operators, then a primary, then `** factor`: `**` binds tighter than a unary operator on its
   * left and looser than one on its right, so -a ** -b is -(a ** (-b)).
   */
  factor = this.RULE('factor', () => {
    this.MANY(() => this.CONSUME(UnaryOp));
    this.SUBRULE(this.atomExpr);
    this.OPTION(() => {
      this.CONSUME(DoubleStar);
      this.SUBRULE(this.factor);
    });
  });

  atomExpr = this.RULE('atomExpr', () => {
    this.SUBRULE(this.atom);
    this.MANY(() => this.SUBRULE(this.trailer));
  });

  trailer = this.RULE('trailer', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(LParen);
          this.OPTION(() => this.SUBRULE(this.argList));
          this.CONSUME(RParen);
        },
      },
      {
        ALT: () => {
          this.CONSUME(LBrack);
          this.SUBRULE(this.subscriptList);
          this.CONSUME(RBrack);
        },
      },
      {
        ALT: () => {
          this.CONSUME(Dot);
          this.CONSUME(Name);
        },
      },
    ]);
  });

  atom = this.RULE('atom', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.parenAtom) },
      { ALT: () => this.SUBRULE(this.listAtom) },
      { ALT: () => this.SUBRULE(this.braceAtom) },
      { ALT: () => this.CONSUME(Name) },
      { ALT: () => this.CONSUME(NumberLit) },
      { ALT: () => this.AT_LEAST_ONE(() => this.CONSUME(StringLit)) },
      { ALT: () => this.CONSUME(Ellipsis) },
      { ALT: () => this.CONSUME(KwNone) },
      { ALT: () => this.CONSUME(KwTrue) },
      { ALT: () => this.CONSUME(KwFalse) },
    ]);
  });

  parenAtom = this.RULE('parenAtom', () => {
    this.CONSUME(LParen);
    this.OPTION(() => {
      this.OR([
        { ALT: () => this.SUBRULE(this.yieldExpr) },
        { ALT: () => this.SUBRULE(this.testListComp) },
      ]);
    });
    this.CONSUME(RParen);
  });

  listAtom = this.RULE('listAtom', () => {
    this.CONSUME(LBrack);
    this.OPTION(() => this.SUBRULE(this.testListComp));
    this.CONSUME(RBrack);
  });

  /** The inside of (...) or [...]: one element and a comprehension, or a comma-separated list. */
  testListComp = this.RULE('testListComp', () => {
    this.SUBRULE(this.starNamedExpr);
    this.OR([
      { ALT: () => this.SUBRULE(this.compFor) },
      {
        ALT: () => {
          this.MANY({ MAX_LOOKAHEAD: 2, DEF: () => {
            this.CONSUME(Comma);
            this.SUBRULE2(this.starNamedExpr);
          } });
          this.OPTION(() => this.CONSUME2(Comma));
        },
      },
    ]);
  });

  braceAtom = this.RULE('braceAtom', () => {
    this.CONSUME(LBrace);
    this.OPTION(() => this.SUBRULE(this.dictOrSetMaker));
    this.CONSUME(RBrace);
  });

  /** The first entry decides between dict and set; the rest follows in dictTail or setTail. */
  dictOrSetMaker = this.RULE('dictOrSetMaker', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(DoubleStar);
          this.SUBRULE(this.bitwiseOr);
          this.SUBRULE(this.dictTail);
        },
      },
      {
        ALT: () => {
          this.SUBRULE(this.starExpr);
          this.SUBRULE(this.setTail);
        },
      },
      {
        ALT: () => {
          this.SUBRULE(this.namedExprTest);
          this.OR2([
            {
              ALT: () => {
                this.CONSUME(Colon);
                this.SUBRULE(this.test);
                this.SUBRULE2(this.dictTail);
              },
            },
            { ALT: () => this.SUBRULE2(this.setTail) },
          ]);
        },
      },
    ]);
  });

  dictTail = this.RULE('dictTail', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.compFor) },
      {
        ALT: () => {
          this.MANY({ MAX_LOOKAHEAD: 2, DEF: () => {
            this.CONSUME(Comma);
            this.SUBRULE(this.dictItem);
          } });
          this.OPTION(() => this.CONSUME2(Comma));
        },
      },
    ]);
  });

  dictItem = this.RULE('dictItem', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(DoubleStar);
          this.SUBRULE(this.bitwiseOr);
        },
      },
      {
        ALT: () => {
          this.SUBRULE(this.test, { LABEL: 'key' });
          this.CONSUME(Colon);
          this.SUBRULE2(this.test, { LABEL: 'value' });
        },
      },
    ]);
  });

  setTail = this.RULE('setTail', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.compFor) },
      {
        ALT: () => {
          this.MANY({ MAX_LOOKAHEAD: 2, DEF: () => {
            this.CONSUME(Comma);
            this.SUBRULE(this.starNamedExpr);
          } });
          this.OPTION(() => this.CONSUME2(Comma));
        },
      },
    ]);
  });

  compFor = this.RULE('compFor', () => {
    this.AT_LEAST_ONE(() => this.SUBRULE(this.compClause));
  });

  /** One `for target in iter` with its `if` conditions: one CPython `comprehension`. */
  compClause = this.RULE('compClause', () => {
    this.CONSUME(KwFor);
    this.SUBRULE(this.targetList);
    this.CONSUME(KwIn);
    this.SUBRULE(this.orTest, { LABEL: 'iter' });
    this.MANY(() => {
      this.CONSUME(KwIf);
      this.SUBRULE2(this.orTest, { LABEL: 'condition' });
    });
  });

  argList = this.RULE('argList', () => {
    this.SUBRULE(this.argument);
    this.MANY({ MAX_LOOKAHEAD: 2, DEF: () => {
      this.CONSUME(Comma);
      this.SUBRULE2(this.argument);
    } });
    this.OPTION(() => this.CONSUME2(Comma));
  });

  /** `*a`, `**k`, `x`, `x for ...`, `x := v`, `k=v` (the visitor checks that k is a plain name). */
  argument = this.RULE('argument', () => {
    this.OR([
      {
        // `f(*a for a in b)` parses so that the visitor can say why it is refused
        ALT: () => {
          this.CONSUME(Star);
          this.SUBRULE(this.test);
          this.OPTION2(() => this.SUBRULE2(this.compFor));
        },
      },
      {
        ALT: () => {
          this.CONSUME(DoubleStar);
          this.SUBRULE2(this.test);
        },
      },
      {
        ALT: () => {
          this.SUBRULE3(this.test);
          this.OPTION(() => {
            this.OR2([
              { ALT: () => this.SUBRULE(this.compFor) },
              {
                ALT: () => {
                  this.CONSUME(Walrus);
                  this.SUBRULE4(this.test, { LABEL: 'value' });
                },
              },
              {
                ALT: () => {
                  this.CONSUME(Assign);
                  this.SUBRULE5(this.test, { LABEL: 'value' });
                },
              },
            ]);
          });
        },
      },
    ]);
  });

  subscriptList = this.RULE('subscriptList', () => {
    this.SUBRULE(this.subscript);
    this.MANY({ MAX_LOOKAHEAD: 2, DEF: () => {
      this.CONSUME(Comma);
      this.SUBRULE2(this.subscript);
    } });
    this.OPTION(() => this.CONSUME2(Comma));
  });

  subscript = this.RULE('subscript', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.starExpr) },
      {
        ALT: () => {
          this.SUBRULE(this.namedExprTest);
          this.OPTION(() => this.SUBRULE(this.sliceRest));
        },
      },
      { ALT: () => this.SUBRULE2(this.sliceRest) },
    ]);
  });

  /** `:upper:step` after an optional lower bound. */
  sliceRest = this.RULE('sliceRest', () => {
    this.CONSUME(Colon);
    this.OPTION(() => this.SUBRULE(this.test, { LABEL: 'upper' }));
    this.OPTION2(() => {
      this.CONSUME2(Colon);
      this.OPTION3(() => this.SUBRULE2(this.test, { LABEL: 'step' }));
    });
  });

  yieldExpr = this.RULE('yieldExpr', () => {
    this.CONSUME(KwYield);
    this.OPTION(() => {
      this.OR([
        {
          ALT: () => {
            this.CONSUME(KwFrom);
            this.SUBRULE(this.test);
          },
        },
        { ALT: () => this.SUBRULE(this.starExpressions) },
      ]);
    });
  });

  // ---------------------------------------------------------------- gates

  /**
   * After `with`: true when a '(' opens a list of with-items, i.e. its matching ')' is directly
   * followed by ':' and it is not `()` or `(yield ...)`. `with (a, b) as c:` is an expression instead.
   */
  private parenthesizedWithItems(): boolean {
    if (this.LA(1).tokenType !== LParen) return false;
    const second = this.LA(2).tokenType;
    if (second === RParen || second === KwYield) return false;
    let depth = 0;
    for (let k = 1; ; k++) {
      const type = this.LA(k).tokenType;
      if (type === LParen || type === LBrack || type === LBrace) depth++;
      else if (type === RParen || type === RBrack || type === RBrace) {
        depth--;
        if (depth === 0) return this.LA(k + 1).tokenType === Colon;
      } else if (type === Endmarker || type === chevrotain.EOF) return false;
    }
  }
}

let shared: PythonParser | null = null;

/** The one parser instance (construction runs chevrotain's grammar analysis, which is not cheap). */
export function getParser(): PythonParser {
  shared ??= new PythonParser();
  return shared;
}
