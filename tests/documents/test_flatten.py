"""One flattening for every picture: see-through becomes white, deep greys come down to 8 bits."""

from __future__ import annotations

from PIL import Image

from infusion_desk.documents.flatten import has_transparency, on_white


def test_a_see_through_picture_lies_on_white_not_black() -> None:
    image = Image.new("RGBA", (4, 2), (0, 0, 0, 0))
    image.putpixel((0, 0), (200, 10, 10, 255))
    image.putpixel((1, 0), (0, 0, 0, 128))  # half see-through black: grey on white
    flat = on_white(image)
    assert flat.mode == "RGB"
    assert flat.getpixel((3, 1)) == (255, 255, 255)
    assert flat.getpixel((0, 0)) == (200, 10, 10)
    assert 120 <= flat.getpixel((1, 0))[0] <= 135


def test_a_palette_picture_with_a_transparent_colour_is_flattened() -> None:
    image = Image.new("P", (2, 1), 0)
    image.putpalette([0, 0, 0, 0, 0, 255])
    image.putpixel((1, 0), 1)
    image.info["transparency"] = 0
    assert has_transparency(image)
    flat = on_white(image)
    assert flat.getpixel((0, 0)) == (255, 255, 255)
    assert flat.getpixel((1, 0)) == (0, 0, 255)


def test_sixteen_bit_grey_comes_down_to_eight_bits() -> None:
    image = Image.new("I;16", (1, 1))
    image.putpixel((0, 0), 256 * 200)
    assert on_white(image).getpixel((0, 0)) == (200, 200, 200)
    grey = on_white(image, keep_grey=True)
    assert grey.mode == "L"
    assert grey.getpixel((0, 0)) == 200


def test_an_opaque_picture_keeps_its_pixels() -> None:
    image = Image.new("RGB", (1, 1), (1, 2, 3))
    assert not has_transparency(image)
    assert on_white(image) is image
    assert on_white(Image.new("L", (1, 1), 7)).getpixel((0, 0)) == (7, 7, 7)
    assert on_white(Image.new("L", (1, 1), 7), keep_grey=True).mode == "L"
