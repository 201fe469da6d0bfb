# Content addressing for a small document store: sha256 ids, md5
# checksums, duplicate detection, incremental hashing of chunks, copy(),
# hashlib.new by name, blake2 with a short digest, and the errors.
import hashlib
import json

docs = [
    {"title": "Quarterly report", "body": "Revenue grew 12% year over year."},
    {"title": "Meeting notes", "body": "Discussed the roadmap and hiring."},
    {"title": "Quarterly report (copy)", "body": "Revenue grew 12% year over year."},
    {"title": "Résumé", "body": "Ünïcödé text hashes as UTF-8 bytes."},
]

def doc_id(doc):
    canonical = json.dumps(doc, sort_keys=True).encode("utf-8")
    return hashlib.sha256(canonical).hexdigest()[:16]

by_body = {}
for d in docs:
    digest = hashlib.md5(d["body"].encode()).hexdigest()
    by_body.setdefault(digest, []).append(d["title"])
    print(f"{doc_id(d)}  {digest}  {d['title']}")
dupes = {k: v for k, v in by_body.items() if len(v) > 1}
print("duplicates:", list(dupes.values()))

# Incremental hashing equals one-shot hashing.
payload = b"".join(f"row {i}\n".encode() for i in range(1000))
h = hashlib.sha1()
for start in range(0, len(payload), 97):
    h.update(payload[start:start + 97])
print("incremental == one-shot:", h.hexdigest() == hashlib.sha1(payload).hexdigest())
print("sha1:", h.hexdigest())

# copy() forks the state.
base = hashlib.sha256(b"prefix:")
left, right = base.copy(), base.copy()
left.update(b"left")
right.update(b"right")
print(base.hexdigest()[:12], left.hexdigest()[:12], right.hexdigest()[:12])

for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "blake2b", "blake2s", "sha3_256", "SHA256"]:
    h = hashlib.new(name, b"abc")
    print(f"{name:8} {h.name:8} size={h.digest_size:2} block={h.block_size:3} {h.hexdigest()[:24]}")

print(hashlib.sha512(b"").digest()[:8])
print(hashlib.blake2b(b"session-42", digest_size=8).hexdigest())
print(hashlib.blake2s(b"session-42", digest_size=4).hexdigest())
print(hashlib.md5(bytearray(b"mutable")).hexdigest())
print(hashlib.sha256(string=b"kw").hexdigest()[:8], hashlib.new("md5", data=b"kw").hexdigest()[:8])
print(sorted(a for a in hashlib.algorithms_guaranteed if a.startswith("sha"))[:4])
print(type(hashlib.sha256()).__name__, type(hashlib.blake2b()).__name__)

for thunk in [
    lambda: hashlib.sha256("not bytes"),
    lambda: hashlib.md5().update("text"),
    lambda: hashlib.sha1(12345),
    lambda: hashlib.new("whirlpool-9000"),
    lambda: hashlib.blake2b(digest_size=65),
    lambda: hashlib.sha256(b"a", b"b"),
    lambda: hashlib.sha256().hexdigest("x"),
    lambda: hashlib.sha256(data=b"x"),
]:
    try:
        thunk()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

hashlib.sha256("password")
