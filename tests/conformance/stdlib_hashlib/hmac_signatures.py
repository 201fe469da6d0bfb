# Signing and verifying webhook payloads with HMAC: hex signatures over a
# canonical JSON body, constant-time comparison, tampering detection,
# incremental updates, and the argument errors.
import hashlib
import hmac
import json

SECRET = b"whsec_3f9a7c"

def sign(payload, secret=SECRET, algo="sha256"):
    body = json.dumps(payload, sort_keys=True, separators=(",", ":")).encode()
    return body, hmac.new(secret, body, algo).hexdigest()

def verify(body, signature, secret=SECRET):
    expected = hmac.new(secret, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)

events = [
    {"type": "invoice.paid", "id": 101, "amount": 4200},
    {"type": "invoice.failed", "id": 102, "amount": 990},
]
for ev in events:
    body, sig = sign(ev)
    print(ev["type"], sig[:32], verify(body, sig))
    tampered = body.replace(b"42", b"43") if b"42" in body else body + b" "
    print("  tampered ok?", verify(tampered, sig), "wrong key ok?", verify(body, sig, b"other"))

mac = hmac.new(SECRET, digestmod=hashlib.sha1)
for part in (b"alpha", b"-", b"beta"):
    mac.update(part)
print(mac.name, mac.digest_size, mac.block_size, mac.hexdigest())
print(mac.hexdigest() == hmac.new(SECRET, b"alpha-beta", "sha1").hexdigest())
fork = mac.copy()
fork.update(b"!")
print(fork.hexdigest() != mac.hexdigest(), type(mac).__name__)
print(hmac.digest(b"k", b"m", "md5").hex(), hmac.new(b"k" * 200, b"long key", "sha512").hexdigest()[:40])
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest(b"abc", bytearray(b"abd")), hmac.compare_digest("x", "x"))

for thunk in [
    lambda: hmac.new(SECRET, b"x"),
    lambda: hmac.new("secret", b"x", "sha256"),
    lambda: hmac.new(SECRET, "text", "sha256"),
    lambda: hmac.new(SECRET, b"x", "sha-999"),
    lambda: hmac.compare_digest("abc", b"abc"),
    lambda: hmac.compare_digest(1, 2),
    lambda: hmac.compare_digest("é", "é"),
]:
    try:
        thunk()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

# Password storage with PBKDF2.
def hash_password(pw, salt, rounds=5000):
    return hashlib.pbkdf2_hmac("sha256", pw.encode(), salt, rounds).hex()

stored = hash_password("correct horse", b"NaCl-01")
print(stored)
print(hmac.compare_digest(stored, hash_password("correct horse", b"NaCl-01")),
      hmac.compare_digest(stored, hash_password("wrong horse", b"NaCl-01")))
print(hashlib.pbkdf2_hmac("sha1", b"pw", b"salt", 2, dklen=45).hex())
for thunk in [
    lambda: hashlib.pbkdf2_hmac("sha256", "pw", b"s", 10),
    lambda: hashlib.pbkdf2_hmac("sha256", b"pw", b"s", 0),
    lambda: hashlib.pbkdf2_hmac("sha256", b"pw", b"s", 10, dklen=0),
    lambda: hashlib.pbkdf2_hmac("sha256", b"pw", b"s", 2.0),
]:
    try:
        thunk()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
