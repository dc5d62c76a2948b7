"""The two hashes a spaCy parser's features go through, reproduced bit for bit so numpy can run the model.

spaCy names every string by MurmurHash64A of its UTF-8 bytes with seed 1 (a reserved symbol such as
"NOUN" by its symbol id instead); thinc's HashEmbed turns each such 64-bit id into four table rows with
MurmurHash3 x64-128 specialised to one 8-byte key (`thinc.backends.numpy_ops.MurmurHash3_x86_128_uint64`).
"""
from __future__ import annotations

import numpy as np

MASK = (1 << 64) - 1
M64A = 0xC6A4A7935BD1E995


def murmurhash64a(data: bytes, seed: int = 1) -> int:
    """MurmurHash64A (Austin Appleby), as `murmurhash.mrmr.hash64` and spaCy's `hash_string`."""
    h = (seed ^ (len(data) * M64A)) & MASK
    whole = len(data) // 8 * 8
    for start in range(0, whole, 8):
        k = int.from_bytes(data[start:start + 8], "little") * M64A & MASK
        k ^= k >> 47
        h = (h ^ (k * M64A & MASK)) * M64A & MASK
    if len(data) > whole:
        h = (h ^ int.from_bytes(data[whole:], "little")) * M64A & MASK
    h ^= h >> 47
    h = h * M64A & MASK
    return h ^ (h >> 47)


def _fmix64(h: np.ndarray) -> np.ndarray:
    h ^= h >> np.uint64(33)
    h *= np.uint64(0xFF51AFD7ED558CCD)
    h ^= h >> np.uint64(33)
    h *= np.uint64(0xC4CEB9FE1A85EC53)
    h ^= h >> np.uint64(33)
    return h


def hash_keys(ids: np.ndarray, seed: int | np.ndarray) -> np.ndarray:
    """(..., 4) uint32 row keys of `ids` (uint64), as thinc's `NumpyOps.hash(ids, seed)`; `seed` may be an
    array broadcast against `ids` (a seed per column: every hash table of a token at once)."""
    with np.errstate(over="ignore"):
        start = np.asarray(seed, dtype=np.uint64) ^ np.uint64(8)
        h1 = ids.astype(np.uint64) * np.uint64(0x87C37B91114253D5)
        h1 = (h1 << np.uint64(31)) | (h1 >> np.uint64(33))
        h1 *= np.uint64(0x4CF5AD432745937F)
        h1 ^= start
        h2 = np.broadcast_to(start, h1.shape).copy()
        h1 += h2
        h2 += h1
        h1, h2 = _fmix64(h1), _fmix64(h2)
        h1 += h2
        h2 += h1
    return np.stack([h1, h2], axis=-1).view(np.uint32)
