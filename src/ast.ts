// ast.ts - the typed abstract syntax tree that the parser produces and the compiler reads.
// Owns: one interface per node kind, each with a readonly `kind` tag (a discriminated union),
// named after CPython's `ast` module so a reader can compare with `python3 -c "import ast; ..."`.
// Must never: hold behaviour. Nodes are plain data; every node carries its source position.

/** 1-based line, 0-based column, as CPython reports them. */
export interface Pos {
  readonly line: number;
  readonly col: number;
  readonly endLine: number;
  readonly endCol: number;
}

// ---------------------------------------------------------------- module

export interface Module {
  readonly kind: 'Module';
  readonly body: Stmt[];
}

// ---------------------------------------------------------------- statements

export type Stmt =
  | FunctionDef | ClassDef | Return | Delete | Assign | AugAssign | AnnAssign
  | For | While | If | With | Raise | Try | Assert | Import | ImportFrom
  | Global | Nonlocal | ExprStmt | Pass | Break | Continue;

export interface Arg extends Pos {
  readonly kind: 'arg';
  readonly arg: string;
  readonly annotation: Expr | null;
}

/** Parameters in CPython's order: posonly, args (with defaults for the last ones), *vararg, kwonly, **kwarg. */
export interface Arguments {
  readonly kind: 'arguments';
  readonly posonlyargs: Arg[];
  readonly args: Arg[];
  readonly vararg: Arg | null;
  readonly kwonlyargs: Arg[];
  /** One entry per kwonly arg: its default, or null when it has none. */
  readonly kwDefaults: (Expr | null)[];
  readonly kwarg: Arg | null;
  /** Defaults of the last `defaults.length` positional parameters (posonly then args). */
  readonly defaults: Expr[];
}

export interface FunctionDef extends Pos {
  readonly kind: 'FunctionDef';
  readonly name: string;
  readonly args: Arguments;
  readonly body: Stmt[];
  readonly decorators: Expr[];
  readonly returns: Expr | null;
}

export interface ClassDef extends Pos {
  readonly kind: 'ClassDef';
  readonly name: string;
  readonly bases: Expr[];
  readonly keywords: Keyword[];
  readonly body: Stmt[];
  readonly decorators: Expr[];
}

export interface Return extends Pos { readonly kind: 'Return'; readonly value: Expr | null; }
export interface Delete extends Pos { readonly kind: 'Delete'; readonly targets: Expr[]; }

/** `a = b = value`: targets are [a, b]. */
export interface Assign extends Pos {
  readonly kind: 'Assign';
  readonly targets: Expr[];
  readonly value: Expr;
}

export interface AugAssign extends Pos {
  readonly kind: 'AugAssign';
  readonly target: Expr;
  readonly op: BinOperator;
  readonly value: Expr;
}

/** `x: int = 3` (value may be null for a bare annotation). */
export interface AnnAssign extends Pos {
  readonly kind: 'AnnAssign';
  readonly target: Expr;
  readonly annotation: Expr;
  readonly value: Expr | null;
}

export interface For extends Pos {
  readonly kind: 'For';
  readonly target: Expr;
  readonly iter: Expr;
  readonly body: Stmt[];
  readonly orelse: Stmt[];
}

export interface While extends Pos {
  readonly kind: 'While';
  readonly test: Expr;
  readonly body: Stmt[];
  readonly orelse: Stmt[];
}

/** `elif` chains are nested Ifs in `orelse`, as in CPython. */
export interface If extends Pos {
  readonly kind: 'If';
  readonly test: Expr;
  readonly body: Stmt[];
  readonly orelse: Stmt[];
}

export interface WithItem {
  readonly kind: 'withitem';
  readonly contextExpr: Expr;
  readonly optionalVars: Expr | null;
}

export interface With extends Pos {
  readonly kind: 'With';
  readonly items: WithItem[];
  readonly body: Stmt[];
}

export interface Raise extends Pos {
  readonly kind: 'Raise';
  readonly exc: Expr | null;
  readonly cause: Expr | null;
}

export interface ExceptHandler extends Pos {
  readonly kind: 'ExceptHandler';
  /** null for a bare `except:` */
  readonly type: Expr | null;
  readonly name: string | null;
  readonly body: Stmt[];
}

export interface Try extends Pos {
  readonly kind: 'Try';
  readonly body: Stmt[];
  readonly handlers: ExceptHandler[];
  readonly orelse: Stmt[];
  readonly finalbody: Stmt[];
}

export interface Assert extends Pos { readonly kind: 'Assert'; readonly test: Expr; readonly msg: Expr | null; }

export interface Alias extends Pos {
  readonly kind: 'alias';
  /** dotted name, e.g. "os.path"; "*" for `from m import *` */
  readonly name: string;
  readonly asname: string | null;
}

export interface Import extends Pos { readonly kind: 'Import'; readonly names: Alias[]; }

export interface ImportFrom extends Pos {
  readonly kind: 'ImportFrom';
  /** null for `from . import x` */
  readonly module: string | null;
  readonly names: Alias[];
  /** number of leading dots */
  readonly level: number;
}

export interface Global extends Pos { readonly kind: 'Global'; readonly names: string[]; }
export interface Nonlocal extends Pos { readonly kind: 'Nonlocal'; readonly names: string[]; }
/** An expression used as a statement (CPython's `Expr`). */
export interface ExprStmt extends Pos { readonly kind: 'Expr'; readonly value: Expr; }
export interface Pass extends Pos { readonly kind: 'Pass'; }
export interface Break extends Pos { readonly kind: 'Break'; }
export interface Continue extends Pos { readonly kind: 'Continue'; }

// ---------------------------------------------------------------- expressions

export type Expr =
  | BoolOp | NamedExpr | BinOp | UnaryOp | Lambda | IfExp | DictExpr | SetExpr
  | ListComp | SetComp | DictComp | GeneratorExp | Await | Yield | YieldFrom
  | Compare | Call | FormattedValue | JoinedStr | Constant | Attribute | Subscript
  | Starred | Name | ListExpr | TupleExpr | Slice;

export type BinOperator =
  | '+' | '-' | '*' | '@' | '/' | '//' | '%' | '**' | '<<' | '>>' | '|' | '^' | '&';
export type UnaryOperator = 'not' | '-' | '+' | '~';
export type CmpOperator = '==' | '!=' | '<' | '<=' | '>' | '>=' | 'is' | 'is not' | 'in' | 'not in';

/** Expression context, as CPython's ast: where a Name/Attribute/Subscript/Tuple/List/Starred stands. */
export type Ctx = 'Load' | 'Store' | 'Del';

export interface BoolOp extends Pos { readonly kind: 'BoolOp'; readonly op: 'and' | 'or'; readonly values: Expr[]; }
/** `x := value` */
export interface NamedExpr extends Pos { readonly kind: 'NamedExpr'; readonly target: Name; readonly value: Expr; }
export interface BinOp extends Pos { readonly kind: 'BinOp'; readonly left: Expr; readonly op: BinOperator; readonly right: Expr; }
export interface UnaryOp extends Pos { readonly kind: 'UnaryOp'; readonly op: UnaryOperator; readonly operand: Expr; }
export interface Lambda extends Pos { readonly kind: 'Lambda'; readonly args: Arguments; readonly body: Expr; }
export interface IfExp extends Pos { readonly kind: 'IfExp'; readonly test: Expr; readonly body: Expr; readonly orelse: Expr; }

/** `{k: v, **m}`: a null key marks a `**m` entry whose mapping is the value. */
export interface DictExpr extends Pos { readonly kind: 'Dict'; readonly keys: (Expr | null)[]; readonly values: Expr[]; }
export interface SetExpr extends Pos { readonly kind: 'Set'; readonly elts: Expr[]; }

export interface Comprehension {
  readonly kind: 'comprehension';
  readonly target: Expr;
  readonly iter: Expr;
  readonly ifs: Expr[];
  readonly isAsync: boolean;
}

export interface ListComp extends Pos { readonly kind: 'ListComp'; readonly elt: Expr; readonly generators: Comprehension[]; }
export interface SetComp extends Pos { readonly kind: 'SetComp'; readonly elt: Expr; readonly generators: Comprehension[]; }
export interface DictComp extends Pos { readonly kind: 'DictComp'; readonly key: Expr; readonly value: Expr; readonly generators: Comprehension[]; }
export interface GeneratorExp extends Pos { readonly kind: 'GeneratorExp'; readonly elt: Expr; readonly generators: Comprehension[]; }
export interface Await extends Pos { readonly kind: 'Await'; readonly value: Expr; }
export interface Yield extends Pos { readonly kind: 'Yield'; readonly value: Expr | null; }
export interface YieldFrom extends Pos { readonly kind: 'YieldFrom'; readonly value: Expr; }

/** `a < b <= c`: left = a, ops = ['<', '<='], comparators = [b, c]. */
export interface Compare extends Pos {
  readonly kind: 'Compare';
  readonly left: Expr;
  readonly ops: CmpOperator[];
  readonly comparators: Expr[];
}

/** `f(a, *b, k=c, **d)`: args holds positional ones (Starred for *b); keywords with arg null are **d. */
export interface Keyword extends Pos { readonly kind: 'keyword'; readonly arg: string | null; readonly value: Expr; }
export interface Call extends Pos { readonly kind: 'Call'; readonly func: Expr; readonly args: Expr[]; readonly keywords: Keyword[]; }

/** One `{value!conv:spec}` field of an f-string. conversion is -1 (none), or 's', 'r', 'a' char codes. */
export interface FormattedValue extends Pos {
  readonly kind: 'FormattedValue';
  readonly value: Expr;
  readonly conversion: number;
  /** The format spec, itself a JoinedStr (it may contain nested fields), or null. */
  readonly formatSpec: JoinedStr | null;
}

/** An f-string: a sequence of Constant(str) pieces and FormattedValues. */
export interface JoinedStr extends Pos { readonly kind: 'JoinedStr'; readonly values: Expr[]; }

/**
 * A literal. Python ints are carried as bigint when they do not fit a JS safe integer
 * and as number otherwise, tagged by `type` so that 1 and 1.0 stay distinct.
 */
export type ConstantValue =
  | { readonly type: 'int'; readonly value: bigint }
  | { readonly type: 'float'; readonly value: number }
  | { readonly type: 'complex'; readonly imag: number }
  | { readonly type: 'str'; readonly value: string }
  | { readonly type: 'bytes'; readonly value: Uint8Array }
  | { readonly type: 'bool'; readonly value: boolean }
  | { readonly type: 'None' }
  | { readonly type: 'Ellipsis' };

export interface Constant extends Pos { readonly kind: 'Constant'; readonly value: ConstantValue; }

export interface Attribute extends Pos { readonly kind: 'Attribute'; readonly value: Expr; readonly attr: string; readonly ctx: Ctx; }
export interface Subscript extends Pos { readonly kind: 'Subscript'; readonly value: Expr; readonly slice: Expr; readonly ctx: Ctx; }
export interface Starred extends Pos { readonly kind: 'Starred'; readonly value: Expr; readonly ctx: Ctx; }
export interface Name extends Pos { readonly kind: 'Name'; readonly id: string; readonly ctx: Ctx; }
export interface ListExpr extends Pos { readonly kind: 'List'; readonly elts: Expr[]; readonly ctx: Ctx; }
export interface TupleExpr extends Pos { readonly kind: 'Tuple'; readonly elts: Expr[]; readonly ctx: Ctx; }
/** `a[lower:upper:step]`: only ever the `slice` of a Subscript (or an element of a Tuple there). */
export interface Slice extends Pos { readonly kind: 'Slice'; readonly lower: Expr | null; readonly upper: Expr | null; readonly step: Expr | null; }

export type Node = Module | Stmt | Expr | Arg | Arguments | Keyword | Alias | WithItem | ExceptHandler | Comprehension;

/** For exhaustive switches: `default: return assertNever(node)`. */
export function assertNever(x: never): never {
  throw new Error(`unexpected node: ${JSON.stringify(x)}`);
}
