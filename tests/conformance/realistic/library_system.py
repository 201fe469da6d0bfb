# a library lending system with members, holds and late fees
from datetime import date, timedelta

class LibraryError(Exception):
    pass

class Book:
    def __init__(self, isbn, title, copies=1):
        self.isbn, self.title, self.copies = isbn, title, copies
        self.loans = {}
        self.holds = []

    @property
    def available(self):
        return self.copies - len(self.loans)

class Library:
    DAILY_FEE = 0.25
    LOAN_DAYS = 14

    def __init__(self):
        self.books = {}
        self.fees = {}

    def add(self, isbn, title, copies=1):
        self.books[isbn] = Book(isbn, title, copies)

    def checkout(self, member, isbn, today):
        book = self.books[isbn]
        if member in book.loans:
            raise LibraryError(f"{member} already has {book.title!r}")
        if book.available <= 0:
            if member not in book.holds:
                book.holds.append(member)
            raise LibraryError(f"{book.title!r} unavailable; {member} is hold #{book.holds.index(member) + 1}")
        if book.holds and book.holds[0] != member:
            raise LibraryError(f"{book.title!r} is reserved for {book.holds[0]}")
        if book.holds and book.holds[0] == member:
            book.holds.pop(0)
        book.loans[member] = today + timedelta(days=self.LOAN_DAYS)
        return book.loans[member]

    def checkin(self, member, isbn, today):
        book = self.books[isbn]
        due = book.loans.pop(member)
        late = max(0, (today - due).days)
        if late:
            self.fees[member] = round(self.fees.get(member, 0) + late * self.DAILY_FEE, 2)
        return late

lib = Library()
lib.add("111", "Dune", copies=1)
lib.add("222", "Emma", copies=2)
d0 = date(2024, 1, 1)
events = [
    ("out", "ann", "111", 0), ("out", "bob", "111", 1), ("out", "cat", "111", 2), ("out", "ann", "111", 3),
    ("out", "bob", "222", 3), ("in", "ann", "111", 20), ("out", "cat", "111", 21), ("out", "bob", "111", 21),
    ("in", "bob", "222", 30), ("in", "bob", "111", 60),
]
for kind, member, isbn, day in events:
    today = d0 + timedelta(days=day)
    try:
        if kind == "out":
            due = lib.checkout(member, isbn, today)
            print(f"{today} {member} borrows {lib.books[isbn].title}, due {due}")
        else:
            late = lib.checkin(member, isbn, today)
            print(f"{today} {member} returns {lib.books[isbn].title}" + (f", {late} days late" if late else ""))
    except LibraryError as e:
        print(f"{today} refused: {e}")
    except KeyError as e:
        print(f"{today} error: no loan for {e}")
print("fees:", lib.fees)
print({b.title: (b.available, b.holds) for b in lib.books.values()})
