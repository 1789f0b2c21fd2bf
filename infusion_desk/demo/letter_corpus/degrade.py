"""Make a clean page picture look like what a caregiver brings in: a scan, a fax, a photocopy, a
phone photo, a faded print. Pillow only, and seeded: the same page and seed give the same picture.
"""

from __future__ import annotations

import io
import random
from statistics import NormalDist

from PIL import Image, ImageChops, ImageDraw, ImageFilter

CLEAN = "clean"
SCAN = "scan"
FAX = "fax"
PHOTOCOPY = "photocopy"
PHOTO = "photo"
LOW_CONTRAST = "low_contrast"
DEGRADATIONS: tuple[str, ...] = (CLEAN, SCAN, FAX, PHOTOCOPY, PHOTO, LOW_CONTRAST)

PHOTO_SIZE = (2448, 3264)  # an 8-megapixel phone camera, held upright


def degrade(page: Image.Image, how: str, rng: random.Random, *, turn: bool = False) -> Image.Image:
    """``page`` (a 300 dpi picture of a letter) as it arrives after ``how``.

    ``turn`` makes a phone photo taken sideways (turned a quarter)."""
    if how == CLEAN:
        return page.convert("L")
    if how == SCAN:
        return _scan(page, rng)
    if how == FAX:
        return _fax(page, rng)
    if how == PHOTOCOPY:
        return _photocopy(page, rng)
    if how == PHOTO:
        return _photo(page, rng, turn=turn)
    if how == LOW_CONTRAST:
        return _low_contrast(page, rng)
    raise ValueError(how)


def encode(image: Image.Image, how: str, *, fast: bool = False) -> bytes:
    """The picture as its device saves it: JPEG from a phone, PNG from a scanner or fax.

    ``fast`` skips PNG compression (the bytes only travel to the OCR worker)."""
    out = io.BytesIO()
    if how == PHOTO:
        image.save(out, format="JPEG", quality=82)
    else:
        image.save(out, format="PNG", compress_level=0 if fast else 6)
    return out.getvalue()


# ---------------------------------------------------------------------------------- pieces
def _noise(image: Image.Image, rng: random.Random, sigma: float) -> Image.Image:
    """Grey ``image`` plus seeded Gaussian noise of ``sigma`` grey levels."""
    normal = NormalDist(0, sigma)
    table = [max(0, min(255, round(128 + normal.inv_cdf((v + 0.5) / 256)))) for v in range(256)]
    noise = Image.frombytes("L", image.size, rng.randbytes(image.width * image.height))
    return ImageChops.add(image, noise.point(table), scale=1.0, offset=-128)


def _specks(image: Image.Image, rng: random.Random, count: int, *, dark: int = 40) -> None:
    draw = ImageDraw.Draw(image)
    for _ in range(count):
        x, y = rng.randrange(image.width), rng.randrange(image.height)
        r = rng.choice((1, 1, 1, 2, 3))
        draw.ellipse((x, y, x + r, y + r), fill=rng.randint(dark, dark + 80))


def _levels(image: Image.Image, black: int, white: int) -> Image.Image:
    """Map 0..255 onto black..white: less contrast, greyer paper."""
    return image.point([black + (white - black) * v // 255 for v in range(256)])


def _scan(page: Image.Image, rng: random.Random) -> Image.Image:
    grey = _levels(page.convert("L"), 12, 246)
    turned = grey.rotate(rng.uniform(-2.0, 2.0), resample=Image.Resampling.BICUBIC,
                         fillcolor=246)
    soft = turned.filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 0.9)))
    return _noise(soft, rng, 7)


def _fax(page: Image.Image, rng: random.Random) -> Image.Image:
    half = page.convert("L").resize((page.width // 2, page.height // 2),
                                    Image.Resampling.BILINEAR)
    half = half.rotate(rng.uniform(-1.0, 1.0), resample=Image.Resampling.BILINEAR, fillcolor=255)
    half = half.filter(ImageFilter.GaussianBlur(0.6))
    half = _noise(half, rng, 14)
    draw = ImageDraw.Draw(half)
    for _ in range(rng.randrange(3, 7)):  # the fax machine's streaks and dropped lines
        y = rng.randrange(half.height)
        x0 = rng.randrange(half.width // 2)
        x1 = x0 + rng.randrange(half.width // 4, half.width)
        draw.line((x0, y, x1, y), fill=rng.choice((40, 255)), width=1)
    x = rng.randrange(half.width)
    draw.line((x, 0, x, half.height), fill=150, width=1)
    threshold = rng.randrange(180, 200)
    return half.point(lambda v: 255 if v > threshold else 0, mode="1")


def _photocopy(page: Image.Image, rng: random.Random) -> Image.Image:
    grey = _levels(page.convert("L"), 50, 222)
    grey = grey.rotate(rng.uniform(-1.0, 1.0), resample=Image.Resampling.BICUBIC, fillcolor=222)
    draw = ImageDraw.Draw(grey)
    edge = rng.randrange(20, 60)  # the copier lid's shadow down one side
    draw.rectangle((grey.width - edge, 0, grey.width, grey.height), fill=70)
    _specks(grey, rng, 1500)
    grey = grey.filter(ImageFilter.GaussianBlur(0.8))
    return _noise(grey, rng, 9)


def _perspective(source: tuple[tuple[float, float], ...],
                 target: tuple[tuple[float, float], ...]) -> tuple[float, ...]:
    """Coefficients for ``Image.transform(PERSPECTIVE)``: each target corner from its source."""
    rows: list[list[float]] = []
    for (x, y), (u, v) in zip(target, source, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y, u])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y, v])
    n = 8
    for col in range(n):  # Gauss-Jordan with partial pivoting
        pivot = max(range(col, n), key=lambda r: abs(rows[r][col]))
        rows[col], rows[pivot] = rows[pivot], rows[col]
        lead = rows[col][col]
        rows[col] = [value / lead for value in rows[col]]
        for r in range(n):
            if r != col and rows[r][col]:
                factor = rows[r][col]
                rows[r] = [a - factor * b for a, b in zip(rows[r], rows[col], strict=True)]
    return tuple(row[n] for row in rows)


def _photo(page: Image.Image, rng: random.Random, *, turn: bool) -> Image.Image:
    width, height = PHOTO_SIZE
    w, h = page.size

    def corner(fx: float, fy: float) -> tuple[float, float]:
        return (width * (fx + rng.uniform(-0.025, 0.025)),
                height * (fy + rng.uniform(-0.02, 0.02)))

    target = (corner(0.06, 0.05), corner(0.94, 0.05), corner(0.96, 0.96), corner(0.04, 0.95))
    source = ((0.0, 0.0), (float(w), 0.0), (float(w), float(h)), (0.0, float(h)))
    table = (rng.randrange(90, 140), rng.randrange(70, 100), rng.randrange(45, 70))
    photo = page.convert("RGB").transform(
        PHOTO_SIZE, Image.Transform.PERSPECTIVE, _perspective(source, target),
        Image.Resampling.BICUBIC, fillcolor=table,
    )
    # Uneven light: brightest where the lamp is, darker away from it (a radial gradient).
    x, y = rng.randrange(width // 2, width), rng.randrange(height // 2, height)
    shade = Image.radial_gradient("L").resize((width * 2, height * 2)).crop(
        (x, y, x + width, y + height)
    ).point([255 - v * 90 // 255 for v in range(256)])
    warm = Image.merge("RGB", (shade, shade.point(lambda v: v * 96 // 100),
                               shade.point(lambda v: v * 88 // 100)))
    photo = ImageChops.multiply(photo, warm)
    photo = photo.filter(ImageFilter.GaussianBlur(rng.uniform(1.0, 1.6)))
    if turn:
        photo = photo.transpose(Image.Transpose.ROTATE_90)
    return photo


def _low_contrast(page: Image.Image, rng: random.Random) -> Image.Image:
    faded = _levels(page.convert("L"), rng.randrange(135, 160), 250)
    return faded.filter(ImageFilter.GaussianBlur(0.5))
