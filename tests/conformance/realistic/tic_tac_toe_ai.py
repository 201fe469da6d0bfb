# tic-tac-toe with a minimax player; play a few games deterministically
LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]

def winner(board):
    for a, b, c in LINES:
        if board[a] != " " and board[a] == board[b] == board[c]:
            return board[a]
    return "draw" if " " not in board else None

memo = {}
def minimax(board, player):
    key = (board, player)
    if key in memo:
        return memo[key]
    w = winner(board)
    if w is not None:
        return {"X": 1, "O": -1, "draw": 0}[w], None
    best = None
    for i in range(9):
        if board[i] == " ":
            nxt = board[:i] + player + board[i + 1:]
            score, _ = minimax(nxt, "O" if player == "X" else "X")
            if best is None or (player == "X" and score > best[0]) or (player == "O" and score < best[0]):
                best = (score, i)
    memo[key] = best
    return best

def show(board):
    return "\n".join(" " + " | ".join(board[r * 3:r * 3 + 3]) for r in range(3))

def play(first_moves):
    board, player = " " * 9, "X"
    scripted = list(first_moves)
    while winner(board) is None:
        move = scripted.pop(0) if scripted else minimax(board, player)[1]
        board = board[:move] + player + board[move + 1:]
        player = "O" if player == "X" else "X"
    return board, winner(board)

for opening in [[], [0], [4, 0], [1, 3, 0], [0, 1, 3, 2]]:
    board, result = play(opening)
    print(f"opening {opening}: result {result}")
    print(show(board))
print("positions evaluated:", len(memo))
print("value of empty board:", minimax(" " * 9, "X"))
