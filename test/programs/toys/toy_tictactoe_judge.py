# Tic-tac-toe: boards parsed from strings, a winner/draw/illegal judge, and a small minimax
# that finds the best move in positions with few empty squares.
LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]


def parse(text):
    cells = [c for c in text if c in "XO."]
    if len(cells) != 9:
        raise ValueError(f"board needs 9 cells, got {len(cells)}")
    return cells


def winner(board):
    found = set()
    for a, b, c in LINES:
        if board[a] != "." and board[a] == board[b] == board[c]:
            found.add(board[a])
    if len(found) > 1:
        return "both"
    return found.pop() if found else None


def judge(board):
    xs, os_ = board.count("X"), board.count("O")
    if not (xs == os_ or xs == os_ + 1):
        return "illegal (counts X=%d O=%d)" % (xs, os_)
    w = winner(board)
    if w == "both":
        return "illegal (two winners)"
    if w:
        return f"{w} wins"
    return "draw" if "." not in board else ("X" if xs == os_ else "O") + " to move"


def minimax(board, player):
    w = winner(board)
    if w:
        return (1 if w == "X" else -1), None
    moves = [i for i, c in enumerate(board) if c == "."]
    if not moves:
        return 0, None
    best = None
    for m in moves:
        board[m] = player
        score, _ = minimax(board, "O" if player == "X" else "X")
        board[m] = "."
        if best is None or (player == "X" and score > best[0]) or (player == "O" and score < best[0]):
            best = (score, m)
    return best


def show(board):
    return "\n".join(" ".join(board[r * 3:r * 3 + 3]) for r in range(3))


positions = [
    "XXX OO. ...",
    "XOX OXO OXO",
    "XOX XOO OXX",
    "XX. OO. ...",
    "X.O .X. ..O",
    "OOO XX. ...",
    "XXX OOO ...",
    "XO. ...",
    "X.. .O. ..X",
]
for text in positions:
    try:
        board = parse(text)
    except ValueError as err:
        print(repr(text), "->", err)
        continue
    verdict = judge(board)
    line = f"{text} -> {verdict}"
    if verdict.endswith("to move"):
        player = verdict[0]
        score, move = minimax(board, player)
        outcome = {1: "X wins", -1: "O wins", 0: "draw"}[score]
        line += f"; best move for {player}: square {move} (row {move // 3}, col {move % 3}), {outcome}"
    print(line)
print(show(parse("XO. .X. O.X")))
