# A tiny calculator: a tokenizer, the shunting-yard algorithm turning infix into reverse
# Polish notation, and a stack machine evaluating it, with errors reported per expression.
class CalcError(Exception):
    pass


PRECEDENCE = {"+": 1, "-": 1, "*": 2, "/": 2, "%": 2, "^": 3}
RIGHT_ASSOC = {"^"}


def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            start = i
            while i < len(text) and (text[i].isdigit() or text[i] == "."):
                i += 1
            number = text[start:i]
            tokens.append(float(number) if "." in number else int(number))
        elif ch in PRECEDENCE or ch in "()":
            if ch == "-" and (not tokens or tokens[-1] in PRECEDENCE or tokens[-1] == "("):
                tokens.append(0)
            tokens.append(ch)
            i += 1
        else:
            raise CalcError(f"unexpected character {ch!r} at {i}")
    return tokens


def to_rpn(tokens):
    output, ops = [], []
    for tok in tokens:
        if isinstance(tok, (int, float)):
            output.append(tok)
        elif tok == "(":
            ops.append(tok)
        elif tok == ")":
            while ops and ops[-1] != "(":
                output.append(ops.pop())
            if not ops:
                raise CalcError("unbalanced ')'")
            ops.pop()
        else:
            while ops and ops[-1] != "(" and (
                PRECEDENCE[ops[-1]] > PRECEDENCE[tok]
                or (PRECEDENCE[ops[-1]] == PRECEDENCE[tok] and tok not in RIGHT_ASSOC)
            ):
                output.append(ops.pop())
            ops.append(tok)
    while ops:
        op = ops.pop()
        if op == "(":
            raise CalcError("unbalanced '('")
        output.append(op)
    return output


def evaluate(rpn):
    stack = []
    for tok in rpn:
        if not isinstance(tok, str):
            stack.append(tok)
            continue
        if len(stack) < 2:
            raise CalcError(f"operator {tok} needs two operands")
        b, a = stack.pop(), stack.pop()
        if tok == "+":
            stack.append(a + b)
        elif tok == "-":
            stack.append(a - b)
        elif tok == "*":
            stack.append(a * b)
        elif tok == "^":
            stack.append(a ** b)
        elif b == 0:
            raise CalcError(f"division by zero in {a} {tok} {b}")
        elif tok == "/":
            stack.append(a / b)
        else:
            stack.append(a % b)
    if len(stack) != 1:
        raise CalcError(f"malformed expression, stack {stack}")
    return stack[0]


EXPRESSIONS = """1 + 2 * 3
(1 + 2) * 3
2 ^ 3 ^ 2
-4 + 10 / 4
7 % 3 * (2 - 5)
1.5 * 4 - .5
((2))
2 * (3 + 4
3 + 4) * 2
8 / (4 - 4)
2 $ 3
4 5 +
-(2 + 3) * -2
"""

for line in EXPRESSIONS.splitlines():
    try:
        tokens = tokenize(line)
        rpn = to_rpn(tokens)
        print(f"{line:<16} => {' '.join(map(str, rpn)):<22} = {evaluate(rpn)}")
    except CalcError as err:
        print(f"{line:<16} => error: {err}")
