# Encoding binary payloads for transport: base64 tokens (standard and
# URL-safe, with padding stripped and restored), base32/base16, binascii
# hex and CRC-32, and the errors for malformed input.
import base64
import binascii
import json

record = {"user": "ana", "roles": ["admin", "ops"], "n": 3}
raw = json.dumps(record, separators=(",", ":")).encode()
token = base64.b64encode(raw)
print(token)
print(json.loads(base64.b64decode(token)) == record)

blob = bytes(range(250, 256)) + b"\x00?>"
print(base64.b64encode(blob), base64.urlsafe_b64encode(blob))
print(base64.b64encode(blob, altchars=b"._"))
print(base64.b64decode(b"+v/8/f7/AD8+", altchars=None) == blob, base64.b64decode("-v_8_f7_AD8-", altchars="-_") == blob)

def to_url_token(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")

def from_url_token(tok):
    return base64.urlsafe_b64decode(tok + "=" * (-len(tok) % 4))

for data in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", blob]:
    tok = to_url_token(data)
    print(repr(tok), from_url_token(tok) == data, base64.b32encode(data), base64.b16encode(data))

print(base64.b32decode("MZXW6YTBOI======"), base64.b32decode("mzxw6ytboi======", casefold=True))
print(base64.b32hexencode(b"foobar"), base64.b32hexdecode(b"CPNMUOJ1E8======"))
print(base64.b16decode("666F6F"), base64.b16decode("666f6f", casefold=True))
print(base64.encodebytes(b"x" * 60))
print(base64.decodebytes(b"eHh4\neHh4\n"), base64.standard_b64decode("aGk="))
print(base64.b64decode("aGVs bG8h\n"), base64.b64decode(b"aGVsbG8h!!"))

print(binascii.hexlify(b"\x00\x7f\xff"), binascii.hexlify(b"\xde\xad\xbe\xef", "-"), binascii.hexlify(b"\xde\xad\xbe\xef\x01", b" ", 2))
print(binascii.unhexlify("DEADbeef"), binascii.a2b_hex(b"00ff"), binascii.b2a_hex(b"ok"))
print(binascii.crc32(b"The quick brown fox"), hex(binascii.crc32(b"abc")), binascii.crc32(b"c", binascii.crc32(b"ab")))
print(binascii.b2a_base64(b"line"), binascii.a2b_base64("bGluZQ=="))
print(issubclass(binascii.Error, ValueError), binascii.Error.__name__)

bad_inputs = ["YWJj=", "YWJjZ", "Y", "YW Jj", "=YWJj", "YWJj====x", "YW=Jj"]
for s in bad_inputs:
    for validate in (False, True):
        try:
            print(repr(s), validate, base64.b64decode(s, validate=validate))
        except binascii.Error as e:
            print(repr(s), validate, "binascii.Error:", e)

for thunk in [
    lambda: base64.b64encode("text"),
    lambda: base64.b64decode(3.5),
    lambda: base64.b64decode("héllo"),
    lambda: base64.b32decode("MZXW6"),
    lambda: base64.b32decode("MZXW6YT1"),
    lambda: base64.b16decode("ABC"),
    lambda: base64.b16decode("zz"),
    lambda: binascii.unhexlify("0g"),
    lambda: binascii.unhexlify("abc"),
]:
    try:
        thunk()
    except (TypeError, ValueError) as e:
        print(type(e).__module__, type(e).__name__ + ":", e)

base64.b64decode("abcde")
