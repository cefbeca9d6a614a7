//! An RGB pixel buffer painted with gradients, shapes and grain, using integer arithmetic only
//! so the pixels (and hence the encoded bytes) are identical on every platform.

use crate::rng::Rng;

pub(crate) struct Canvas {
    pub(crate) width: u32,
    pub(crate) height: u32,
    /// Row-major RGB, three bytes per pixel.
    pub(crate) pixels: Vec<u8>,
}

type Rgb = [u8; 3];

fn colour(rng: &mut Rng) -> Rgb {
    [
        rng.below(256) as u8,
        rng.below(256) as u8,
        rng.below(256) as u8,
    ]
}

fn mix(a: u8, b: u8, t: u64, span: u64) -> u8 {
    ((u64::from(a) * (span - t) + u64::from(b) * t) / span) as u8
}

impl Canvas {
    /// A diagonal gradient with a few circles and rectangles. `grain` (0..=64) adds per-pixel
    /// noise, which makes larger "photos" compress like real ones instead of like flat art.
    pub(crate) fn painted(rng: &mut Rng, width: u32, height: u32, grain: u8) -> Canvas {
        let (from, to) = (colour(rng), colour(rng));
        let span = u64::from(width + height).max(1);
        let mut canvas = Canvas {
            width,
            height,
            pixels: Vec::with_capacity((width * height * 3) as usize),
        };
        for y in 0..height {
            for x in 0..width {
                let t = u64::from(x + y);
                canvas
                    .pixels
                    .extend((0..3).map(|c| mix(from[c], to[c], t, span)));
            }
        }
        for _ in 0..rng.range(1, 3) {
            let fill = colour(rng);
            let (cx, cy) = (rng.below(u64::from(width)), rng.below(u64::from(height)));
            let radius = rng.range(u64::from(height / 8).max(1), u64::from(height / 3).max(2));
            if rng.chance(0.5) {
                canvas.fill_where(fill, |x, y| {
                    let (dx, dy) = (x.abs_diff(cx), y.abs_diff(cy));
                    dx * dx + dy * dy <= radius * radius
                });
            } else {
                canvas.fill_where(fill, |x, y| {
                    x.abs_diff(cx) <= radius && y.abs_diff(cy) <= radius / 2
                });
            }
        }
        if grain > 0 {
            // One random word feeds eight channel values: grain needs no more quality than that.
            let levels = 2 * i32::from(grain) + 1;
            for chunk in canvas.pixels.chunks_mut(8) {
                let noise = rng.next_u64().to_le_bytes();
                for (value, byte) in chunk.iter_mut().zip(noise) {
                    let delta = i32::from(byte) % levels - i32::from(grain);
                    *value = (i32::from(*value) + delta).clamp(0, 255) as u8;
                }
            }
        }
        canvas
    }

    fn fill_where(&mut self, fill: Rgb, inside: impl Fn(u64, u64) -> bool) {
        let width = self.width as usize;
        for (i, pixel) in self.pixels.chunks_exact_mut(3).enumerate() {
            if inside((i % width) as u64, (i / width) as u64) {
                pixel.copy_from_slice(&fill);
            }
        }
    }
}
