# Stable ids for entities with uuid5/uuid3 (deterministic), parsing UUIDs
# from several spellings, their fields, ordering, hashing, and uuid4
# (random: only its properties are printed).
import uuid

NAMESPACE = uuid.uuid5(uuid.NAMESPACE_DNS, "inventory.example.com")
print("namespace:", NAMESPACE, NAMESPACE.version)

products = ["widget", "gadget", "gizmo", "widget"]
ids = {}
for name in products:
    pid = uuid.uuid5(NAMESPACE, name)
    ids.setdefault(pid, []).append(name)
    print(f"{name:7} {pid} {pid.hex[:8]}")
print("unique ids:", len(ids), "widget stable:", uuid.uuid5(NAMESPACE, "widget") in ids)

print(uuid.uuid3(uuid.NAMESPACE_URL, "https://example.com/a"))
print(uuid.uuid5(uuid.NAMESPACE_OID, "1.3.6.1"), uuid.uuid5(uuid.NAMESPACE_X500, "cn=ana"))

spellings = [
    "12345678-1234-5678-1234-567812345678",
    "{12345678-1234-5678-1234-567812345678}",
    "urn:uuid:12345678-1234-5678-1234-567812345678",
    "12345678123456781234567812345678",
]
parsed = [uuid.UUID(s) for s in spellings]
print("all equal:", all(p == parsed[0] for p in parsed), len(set(parsed)))
u = parsed[0]
print(repr(u), str(u), u.urn)
print(u.int, u.hex, u.version, u.variant)
print(u.bytes, u.bytes_le)
print(u.fields, u.time_low, u.time_mid, u.node, u.clock_seq)
print(uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u,
      uuid.UUID(int=u.int) == u, uuid.UUID(fields=u.fields) == u)
print(uuid.UUID(int=1), uuid.UUID(int=(1 << 128) - 1), uuid.UUID(int=0, version=4))

batch = sorted(uuid.UUID(int=n * 7919) for n in (5, 1, 3))
print([str(b)[-6:] for b in batch], batch[0] < batch[1] <= batch[2], max(batch) == batch[-1])
lookup = {uuid.UUID(int=42): "answer"}
print(lookup[uuid.UUID("00000000-0000-0000-0000-00000000002a")], int(uuid.UUID(int=42)))

r = uuid.uuid4()
print("uuid4:", r.version, r.variant == uuid.RFC_4122, len(str(r)), len(r.hex), r != uuid.uuid4())
print(isinstance(r, uuid.UUID), str(r).count("-"), str(r)[14])

for thunk in [
    lambda: uuid.UUID("not-a-uuid"),
    lambda: uuid.UUID(),
    lambda: uuid.UUID(int=-1),
    lambda: uuid.UUID(bytes=b"short"),
    lambda: uuid.UUID(int=5, version=7),
    lambda: setattr(u, "int", 0),
    lambda: u < "str",
]:
    try:
        thunk()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(u == "12345678-1234-5678-1234-567812345678")
uuid.UUID("1234")
