//! The only source of randomness: SplitMix64, seeded from the sample seed.
//!
//! A hand-written generator (rather than a crate) keeps the byte stream fixed forever: the
//! committed sample must stay reproducible across dependency upgrades. Float helpers use only
//! `+ - * /` and `sqrt`, which IEEE 754 rounds identically everywhere, never libm functions.

/// Deterministic pseudo-random numbers for one purpose (a file, a record, an image).
pub(crate) struct Rng {
    state: u64,
}

impl Rng {
    /// A stream for `purpose` and item `index`, independent of every other stream, so any
    /// record can be regenerated on its own without holding earlier ones in memory.
    pub(crate) fn derive(seed: u64, purpose: &str, index: u64) -> Rng {
        // FNV-1a over the purpose label gives each purpose its own region of the seed space.
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        for byte in purpose.bytes() {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
        let mut rng = Rng {
            state: seed ^ hash.rotate_left(17) ^ index.wrapping_mul(0x9e37_79b9_7f4a_7c15),
        };
        // Discard one output so nearby seeds do not start with correlated values.
        rng.next_u64();
        rng
    }

    pub(crate) fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform integer in `0..n` (`n > 0`).
    pub(crate) fn below(&mut self, n: u64) -> u64 {
        // Multiply-shift keeps the bias below 2^-64 relative, far under anything observable.
        ((u128::from(self.next_u64()) * u128::from(n)) >> 64) as u64
    }

    /// Uniform integer in `lo..=hi`.
    pub(crate) fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.below(hi - lo + 1)
    }

    /// Uniform float in `[0, 1)` with 53 random bits.
    pub(crate) fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// True with probability `p`.
    pub(crate) fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    /// Approximately standard-normal value (Irwin–Hall sum of twelve uniforms), avoiding the
    /// `ln`/`cos` of Box–Muller whose results differ between platform math libraries.
    pub(crate) fn normal(&mut self) -> f64 {
        (0..12).map(|_| self.unit()).sum::<f64>() - 6.0
    }

    pub(crate) fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.index(items.len())]
    }

    /// Uniform index into a collection of `len` items (`len > 0`).
    pub(crate) fn index(&mut self, len: usize) -> usize {
        self.below(len as u64) as usize
    }

    /// `len` lowercase hexadecimal digits.
    pub(crate) fn hex(&mut self, len: usize) -> String {
        const DIGITS: &[u8] = b"0123456789abcdef";
        (0..len)
            .map(|_| char::from(DIGITS[self.below(16) as usize]))
            .collect()
    }

    /// `len` characters of base-62, the alphabet of typical API object ids.
    pub(crate) fn base62(&mut self, len: usize) -> String {
        const DIGITS: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        (0..len)
            .map(|_| char::from(DIGITS[self.below(62) as usize]))
            .collect()
    }

    /// A random (version 4) UUID in its canonical text form.
    pub(crate) fn uuid(&mut self) -> String {
        let h = self.hex(32);
        let variant = ["8", "9", "a", "b"][self.below(4) as usize];
        format!(
            "{}-{}-4{}-{}{}-{}",
            &h[0..8],
            &h[8..12],
            &h[13..16],
            variant,
            &h[17..20],
            &h[20..32]
        )
    }
}

#[cfg(test)]
mod tests {
    use super::Rng;

    #[test]
    fn streams_are_reproducible_and_distinct() {
        let a: Vec<u64> = (0..4).map(|_| Rng::derive(7, "x", 1).next_u64()).collect();
        assert!(a.windows(2).all(|w| w[0] == w[1]));
        assert_ne!(
            Rng::derive(7, "x", 1).next_u64(),
            Rng::derive(7, "x", 2).next_u64()
        );
        assert_ne!(
            Rng::derive(7, "x", 1).next_u64(),
            Rng::derive(7, "y", 1).next_u64()
        );
    }

    #[test]
    fn uuid_is_version_4() {
        let id = Rng::derive(1, "uuid", 0).uuid();
        assert_eq!(id.len(), 36);
        assert_eq!(&id[14..15], "4");
    }
}
