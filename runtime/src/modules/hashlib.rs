//! `hashlib`: `md5`, `sha1`, `sha224`/`sha256`/`sha384`/`sha512`,
//! `sha3_*`, `blake2b`/`blake2s` (with `digest_size`), `new(name)`, and
//! hash objects (`update`, `digest`, `hexdigest`, `copy`, `name`,
//! `digest_size`, `block_size`); `hmac` (`new`, `digest`,
//! `compare_digest`; an HMAC object is a hash object with a key); also
//! `_pycps_native.urandom` for the Python-source `uuid`.
//!
//! Invariant: a hash object is plain data ([`HashObj`]: the algorithm and
//! every byte fed so far); the digest is computed when asked for, so the
//! object stays serializable and `copy()` is a clone. Digests come from
//! the RustCrypto crates, bit-exact with CPython's OpenSSL ones.

use super::NativeObj;
use crate::classes::ClassId;
use crate::interp::{Interp, PyResult};
use crate::object::Object;
use crate::value::Value;
use serde::{Deserialize, Serialize};

pub const FUNCTIONS: &[&str] = &[
    "md5",
    "sha1",
    "sha224",
    "sha256",
    "sha384",
    "sha512",
    "sha3_224",
    "sha3_256",
    "sha3_384",
    "sha3_512",
    "blake2b",
    "blake2s",
    "new",
    "pbkdf2_hmac",
];

pub const NATIVE_FUNCTIONS: &[&str] = &["urandom"];

pub const HMAC_FUNCTIONS: &[&str] = &["new", "digest", "compare_digest"];

/// The supported algorithms, by their `name`.
const ALGORITHMS: &[&str] = &[
    "md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384",
    "sha3_512", "blake2b", "blake2s",
];

/// A hash object.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct HashObj {
    /// One of [`ALGORITHMS`].
    pub name: String,
    /// Output size in bytes (only blake2 lets it differ from the default).
    pub digest_size: usize,
    pub data: Vec<u8>,
    /// An `hmac` object: its key (the digest is HMAC(key, data)).
    #[serde(default)]
    pub key: Option<Vec<u8>>,
}

fn default_size(name: &str) -> usize {
    match name {
        "md5" => 16,
        "sha1" => 20,
        "sha224" | "sha3_224" => 28,
        "sha256" | "sha3_256" | "blake2s" => 32,
        "sha384" | "sha3_384" => 48,
        _ => 64,
    }
}

fn block_size(name: &str) -> usize {
    match name {
        "sha384" | "sha512" | "blake2b" => 128,
        "sha3_224" => 144,
        "sha3_256" => 136,
        "sha3_384" => 104,
        "sha3_512" => 72,
        _ => 64,
    }
}

impl HashObj {
    /// The digest of `data` (HMAC when the object has a key, RFC 2104).
    pub fn digest(&self) -> Vec<u8> {
        let Some(key) = &self.key else {
            return self.plain_digest();
        };
        let bs = block_size(&self.name);
        let mut k0 = if key.len() > bs {
            self.with_data(key.clone()).plain_digest()
        } else {
            key.clone()
        };
        k0.resize(bs, 0);
        let mut inner: Vec<u8> = k0.iter().map(|b| b ^ 0x36).collect();
        inner.extend_from_slice(&self.data);
        let mut outer: Vec<u8> = k0.iter().map(|b| b ^ 0x5c).collect();
        outer.extend(self.with_data(inner).plain_digest());
        self.with_data(outer).plain_digest()
    }

    fn with_data(&self, data: Vec<u8>) -> HashObj {
        HashObj {
            name: self.name.clone(),
            digest_size: self.digest_size,
            data,
            key: None,
        }
    }

    fn plain_digest(&self) -> Vec<u8> {
        use sha2::Digest;
        fn run<D: Digest>(data: &[u8]) -> Vec<u8> {
            D::digest(data).to_vec()
        }
        match self.name.as_str() {
            "md5" => run::<md5::Md5>(&self.data),
            "sha1" => run::<sha1::Sha1>(&self.data),
            "sha224" => run::<sha2::Sha224>(&self.data),
            "sha256" => run::<sha2::Sha256>(&self.data),
            "sha384" => run::<sha2::Sha384>(&self.data),
            "sha512" => run::<sha2::Sha512>(&self.data),
            "sha3_224" => run::<sha3::Sha3_224>(&self.data),
            "sha3_256" => run::<sha3::Sha3_256>(&self.data),
            "sha3_384" => run::<sha3::Sha3_384>(&self.data),
            "sha3_512" => run::<sha3::Sha3_512>(&self.data),
            "blake2b" | "blake2s" => {
                use blake2::digest::{Update, VariableOutput};
                let mut out = vec![0u8; self.digest_size];
                let ok = if self.name == "blake2b" {
                    blake2::Blake2bVar::new(self.digest_size).map(|mut h| {
                        h.update(&self.data);
                        h.finalize_variable(&mut out).is_ok()
                    })
                } else {
                    blake2::Blake2sVar::new(self.digest_size).map(|mut h| {
                        h.update(&self.data);
                        h.finalize_variable(&mut out).is_ok()
                    })
                };
                match ok {
                    Ok(true) => out,
                    _ => Vec::new(),
                }
            }
            _ => Vec::new(),
        }
    }
}

/// `hashlib.name`: the algorithm sets.
pub fn attr(it: &mut Interp, name: &str) -> Option<Value> {
    match name {
        "algorithms_guaranteed" | "algorithms_available" => {
            let items: Vec<Value> = ALGORITHMS.iter().map(|a| it.heap.str(*a)).collect();
            it.new_set(&items).ok()
        }
        _ => None,
    }
}

/// The bytes of a hashable argument (`TypeError` as CPython words it).
pub fn buffer_arg(it: &mut Interp, v: Value) -> PyResult<Vec<u8>> {
    match it.heap.obj(v) {
        Some(Object::Bytes(b) | Object::ByteArray(b)) => Ok(b.clone()),
        Some(Object::Str(_)) => Err(it.type_error("Strings must be encoded before hashing")),
        _ => Err(it.type_error("object supporting the buffer API required")),
    }
}

pub fn call(
    it: &mut Interp,
    name: &str,
    args: &[Value],
    kwargs: &[(&str, Value)],
) -> PyResult<Value> {
    if name == "urandom" {
        it.no_kwargs(name, kwargs)?;
        it.arity(name, args, 1, 1)?;
        let n = it.expect_int(args[0], "an integer")?;
        if n < 0 {
            return Err(it.value_error("negative argument not allowed"));
        }
        it.reserve(n as usize)?;
        let mut buf = vec![0u8; n as usize];
        if getrandom::getrandom(&mut buf).is_err() {
            return Err(it.err(ClassId::OSError, "no random source available"));
        }
        return Ok(Value::Obj(it.heap.alloc(Object::Bytes(buf))));
    }
    if name == "pbkdf2_hmac" {
        return pbkdf2_hmac(it, args, kwargs);
    }
    let (algo, args) = if name == "new" {
        let Some(&n) = args.first().or(Interp::kwarg(kwargs, "name").as_ref()) else {
            return Err(it.type_error("new() missing required argument 'name' (pos 1)"));
        };
        let Some(s) = it.heap.as_str(n) else {
            return Err(it.type_error("new() argument 'name' must be str"));
        };
        let lower = s.to_ascii_lowercase();
        let Some(a) = ALGORITHMS.iter().find(|a| **a == lower) else {
            return Err(it.value_error(format!("unsupported hash type {s}")));
        };
        (*a, args.get(1..).unwrap_or(&[]))
    } else {
        (name, args)
    };
    let is_blake = algo.starts_with("blake2");
    let fname = if is_blake {
        algo.to_string()
    } else {
        format!("openssl_{algo}")
    };
    let data_kw = if is_blake || name == "new" {
        "data"
    } else {
        "string"
    };
    for (k, _) in kwargs {
        let ok = *k == data_kw
            || *k == "usedforsecurity"
            || (name == "new" && *k == "name")
            || (is_blake && *k == "digest_size");
        if !ok {
            if is_blake && ["key", "salt", "person", "fanout", "depth"].contains(k) {
                return Err(it.type_error(format!("pycps does not support {algo}({k}=...) yet")));
            }
            return Err(it.type_error(format!(
                "'{k}' is an invalid keyword argument for {fname}()"
            )));
        }
    }
    if args.len() > 1 {
        return Err(it.type_error(format!(
            "{fname}() takes at most 1 positional argument ({} given)",
            args.len()
        )));
    }
    let data = match args.first().copied().or(Interp::kwarg(kwargs, data_kw)) {
        Some(v) => buffer_arg(it, v)?,
        None => Vec::new(),
    };
    let max = default_size(algo);
    let digest_size = match Interp::kwarg(kwargs, "digest_size") {
        Some(v) if is_blake => {
            let n = it.expect_int(v, "digest_size")?;
            if n < 1 || n > max as i64 {
                return Err(
                    it.value_error(format!("digest_size must be between 1 and {max} bytes"))
                );
            }
            n as usize
        }
        _ => max,
    };
    Ok(it.alloc_native(NativeObj::Hash(Box::new(HashObj {
        name: algo.to_string(),
        digest_size,
        data,
        key: None,
    }))))
}

/// `hashlib.pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None)`
/// (RFC 8018), checking the run's time limit as it iterates.
fn pbkdf2_hmac(it: &mut Interp, args: &[Value], kwargs: &[(&str, Value)]) -> PyResult<Value> {
    const NAMES: [&str; 5] = ["hash_name", "password", "salt", "iterations", "dklen"];
    it.only_kwargs("pbkdf2_hmac", kwargs, &NAMES)?;
    let arg = |i: usize| args.get(i).copied().or(Interp::kwarg(kwargs, NAMES[i]));
    let mut vals = Vec::new();
    for (i, n) in NAMES.iter().enumerate().take(4) {
        match arg(i) {
            Some(v) => vals.push(v),
            None => {
                return Err(it.type_error(format!(
                    "pbkdf2_hmac() missing required argument '{n}' (pos {})",
                    i + 1
                )))
            }
        }
    }
    let Some(hash_name) = it.heap.as_str(vals[0]).map(str::to_ascii_lowercase) else {
        let t = it.heap.type_name(vals[0]);
        return Err(it.type_error(format!(
            "pbkdf2_hmac() argument 'hash_name' must be str, not {t}"
        )));
    };
    let bytes = |it: &mut Interp, v: Value| -> PyResult<Vec<u8>> {
        match it.heap.obj(v) {
            Some(Object::Bytes(b) | Object::ByteArray(b)) => Ok(b.clone()),
            _ => {
                let t = it.heap.type_name(v);
                Err(it.type_error(format!("a bytes-like object is required, not '{t}'")))
            }
        }
    };
    let password = bytes(it, vals[1])?;
    let salt = bytes(it, vals[2])?;
    let int = |it: &mut Interp, v: Value| -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(i),
            Value::Bool(b) => Ok(b as i64),
            _ => {
                let t = it.heap.type_name(v);
                Err(it.type_error(format!("'{t}' object cannot be interpreted as an integer")))
            }
        }
    };
    let iterations = int(it, vals[3])?;
    if iterations < 1 {
        return Err(it.value_error("iteration value must be greater than 0."));
    }
    let Some(algo) = ALGORITHMS.iter().find(|a| **a == hash_name) else {
        return Err(it.err(
            ClassId::UnsupportedDigestmodError,
            "[digital envelope routines] unsupported",
        ));
    };
    let hlen = default_size(algo);
    let dklen = match arg(4) {
        None | Some(Value::None) => hlen as i64,
        Some(v) => int(it, v)?,
    };
    if dklen < 1 {
        return Err(it.value_error("key length must be greater than 0."));
    }
    it.reserve(dklen as usize)?;
    let prf = |msg: Vec<u8>| {
        HashObj {
            name: algo.to_string(),
            digest_size: hlen,
            data: msg,
            key: Some(password.clone()),
        }
        .digest()
    };
    let mut out = Vec::with_capacity(dklen as usize);
    let mut block: u32 = 1;
    let mut steps: u64 = 0;
    while out.len() < dklen as usize {
        let mut msg = salt.clone();
        msg.extend_from_slice(&block.to_be_bytes());
        let mut u = prf(msg);
        let mut t = u.clone();
        for _ in 1..iterations {
            u = prf(u);
            for (a, b) in t.iter_mut().zip(&u) {
                *a ^= b;
            }
            steps += 1;
            if steps.is_multiple_of(4096) {
                it.check_time().map_err(crate::interp::Raise::Limit)?;
            }
        }
        out.extend(t);
        block = block.wrapping_add(1);
    }
    out.truncate(dklen as usize);
    Ok(Value::Obj(it.heap.alloc(Object::Bytes(out))))
}

/// The algorithm a `digestmod` names: a string, or a `hashlib`
/// constructor (`hashlib.sha256`).
fn digestmod_name(it: &mut Interp, v: Value) -> PyResult<&'static str> {
    let name = match it.heap.obj(v) {
        Some(Object::Str(s)) => s.to_ascii_lowercase(),
        Some(Object::ModFn(f)) if f.module == super::StdModule::Hashlib && f.name() != "new" => {
            f.name().to_string()
        }
        _ => {
            let t = it.heap.type_name(v);
            return Err(it.type_error(format!(
                "pycps does not support digestmod of type '{t}' (use a name such as 'sha256' or hashlib.sha256)"
            )));
        }
    };
    match ALGORITHMS.iter().find(|a| **a == name) {
        Some(a) => Ok(a),
        None => Err(it.value_error(format!("unsupported hash type {name}"))),
    }
}

/// `hmac.new(key, msg=None, digestmod='')`, `hmac.digest(key, msg,
/// digest)`, `hmac.compare_digest(a, b)`.
pub fn call_hmac(
    it: &mut Interp,
    name: &str,
    args: &[Value],
    kwargs: &[(&str, Value)],
) -> PyResult<Value> {
    let arg = |i: usize, k: &str| args.get(i).copied().or(Interp::kwarg(kwargs, k));
    match name {
        "compare_digest" => {
            it.no_kwargs(name, kwargs)?;
            if args.len() != 2 {
                return Err(it.type_error(format!(
                    "compare_digest expected 2 arguments, got {}",
                    args.len()
                )));
            }
            let (a, b) = (args[0], args[1]);
            let bytes = |it: &Interp, v: Value| match it.heap.obj(v) {
                Some(Object::Bytes(x) | Object::ByteArray(x)) => Some(x.clone()),
                _ => None,
            };
            let eq = match (it.heap.as_str(a), it.heap.as_str(b)) {
                (Some(x), Some(y)) => {
                    if !x.is_ascii() || !y.is_ascii() {
                        return Err(it.type_error(
                            "comparing strings with non-ASCII characters is not supported",
                        ));
                    }
                    x == y
                }
                _ => match (bytes(it, a), bytes(it, b)) {
                    (Some(x), Some(y)) => x == y,
                    (None, None) => {
                        let (ta, tb) = (it.heap.type_name(a), it.heap.type_name(b));
                        return Err(it.type_error(format!(
                            "unsupported operand types(s) or combination of types: '{ta}' and '{tb}'"
                        )));
                    }
                    (x, _) => {
                        let bad = if x.is_none() { a } else { b };
                        let t = it.heap.type_name(bad);
                        return Err(
                            it.type_error(format!("a bytes-like object is required, not '{t}'"))
                        );
                    }
                },
            };
            Ok(Value::Bool(eq))
        }
        _ => {
            let (names, dm_kw): (&[&str], &str) = if name == "new" {
                (&["key", "msg", "digestmod"], "digestmod")
            } else {
                (&["key", "msg", "digest"], "digest")
            };
            it.only_kwargs(name, kwargs, names)?;
            if args.len() > 3 {
                return Err(it.type_error(format!(
                    "{name}() takes from 1 to 3 positional arguments but {} were given",
                    args.len()
                )));
            }
            let Some(key) = arg(0, "key") else {
                return Err(it.type_error(format!(
                    "{name}() missing 1 required positional argument: 'key'"
                )));
            };
            let key = match it.heap.obj(key) {
                Some(Object::Bytes(b) | Object::ByteArray(b)) => b.clone(),
                _ => {
                    let t = it.heap.type_name(key);
                    return Err(
                        it.type_error(format!("key: expected bytes or bytearray, but got '{t}'"))
                    );
                }
            };
            let algo = match arg(2, dm_kw) {
                None | Some(Value::None) => {
                    return Err(it.type_error("Missing required parameter 'digestmod'."))
                }
                Some(v) if it.heap.as_str(v) == Some("") => {
                    return Err(it.type_error("Missing required parameter 'digestmod'."))
                }
                Some(v) => digestmod_name(it, v)?,
            };
            let data = match arg(1, "msg") {
                None | Some(Value::None) => Vec::new(),
                Some(m) => buffer_arg(it, m)?,
            };
            let h = HashObj {
                name: algo.to_string(),
                digest_size: default_size(algo),
                data,
                key: Some(key),
            };
            if name == "digest" {
                return Ok(Value::Obj(it.heap.alloc(Object::Bytes(h.digest()))));
            }
            Ok(it.alloc_native(NativeObj::Hash(Box::new(h))))
        }
    }
}

impl Interp {
    fn hash_obj(&self, r: crate::value::ObjRef) -> Option<&HashObj> {
        match self.native(r)? {
            NativeObj::Hash(h) => Some(h),
            _ => None,
        }
    }

    /// `h.name`, `h.digest_size`, `h.block_size`.
    pub fn hash_attr(&mut self, r: crate::value::ObjRef, name: &str) -> Option<Value> {
        let h = self.hash_obj(r)?;
        let (algo, size, hmac) = (h.name.clone(), h.digest_size, h.key.is_some());
        Some(match name {
            "name" if hmac => self.heap.str(format!("hmac-{algo}")),
            "name" => self.heap.str(algo),
            "digest_size" => Value::Int(size as i64),
            "block_size" => Value::Int(block_size(&algo) as i64),
            _ => return None,
        })
    }

    /// `h.update(data)`, `h.digest()`, `h.hexdigest()`, `h.copy()`.
    pub fn hash_method(
        &mut self,
        r: crate::value::ObjRef,
        name: &str,
        args: &[Value],
        kwargs: &[(&str, Value)],
    ) -> PyResult<Value> {
        let Some(h) = self.hash_obj(r) else {
            return Ok(Value::None);
        };
        let h = h.clone();
        let tname = if h.key.is_some() {
            "HMAC".to_string()
        } else if h.name.starts_with("blake2") {
            h.name.clone()
        } else {
            "HASH".to_string()
        };
        let qual = format!("{tname}.{name}");
        self.no_kwargs(&qual, kwargs)?;
        match name {
            "update" => {
                self.arity(&qual, args, 1, 1)?;
                let data = buffer_arg(self, args[0])?;
                self.heap.account(data.len());
                if let Object::Native(n) = self.heap.get_mut(r) {
                    if let NativeObj::Hash(h) = &mut **n {
                        h.data.extend_from_slice(&data);
                    }
                }
                Ok(Value::None)
            }
            "digest" | "hexdigest" | "copy" => {
                self.arity(&qual, args, 0, 0)?;
                Ok(match name {
                    "digest" => Value::Obj(self.heap.alloc(Object::Bytes(h.digest()))),
                    "hexdigest" => {
                        let hex: String = h.digest().iter().map(|b| format!("{b:02x}")).collect();
                        self.heap.str(hex)
                    }
                    _ => self.alloc_native(NativeObj::Hash(Box::new(h))),
                })
            }
            _ => {
                let t = self.heap.type_name(Value::Obj(r));
                Err(self.err(
                    ClassId::AttributeError,
                    format!("'{t}' object has no attribute '{name}'"),
                ))
            }
        }
    }
}

/// `repr()` of a hash object (CPython shows its address).
pub fn hash_repr(h: &HashObj, addr: u64) -> String {
    if h.key.is_some() {
        format!("<hmac.HMAC object at {addr:#x}>")
    } else if h.name.starts_with("blake2") {
        format!("<_blake2.{} object at {addr:#x}>", h.name)
    } else {
        format!("<{} _hashlib.HASH object @ {addr:#x}>", h.name)
    }
}
