"""The viewer's arithmetic, free of Qt: zoom steps, fit factors, print page ranges and sizes."""

from __future__ import annotations

#: Zoom factors offered by "zoom in" / "zoom out" (1.0 = 100 %, the page at its real size).
ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0)
MIN_ZOOM, MAX_ZOOM = ZOOM_STEPS[0], ZOOM_STEPS[-1]
_EPSILON = 0.005


def zoom_in(current: float) -> float:
    """The next step above ``current`` (stays at the maximum)."""
    return next((step for step in ZOOM_STEPS if step > current + _EPSILON), MAX_ZOOM)


def zoom_out(current: float) -> float:
    """The next step below ``current`` (stays at the minimum)."""
    return next((step for step in reversed(ZOOM_STEPS) if step < current - _EPSILON), MIN_ZOOM)


def clamp_zoom(factor: float) -> float:
    """``factor`` kept within the offered range."""
    return max(MIN_ZOOM, min(MAX_ZOOM, factor))


def fit_width_factor(page_width_pt: float, viewport_width_px: float, dpi: float) -> float:
    """The zoom at which a page ``page_width_pt`` wide fills ``viewport_width_px``."""
    if page_width_pt <= 0 or dpi <= 0:
        return 1.0
    return clamp_zoom(viewport_width_px / (page_width_pt * dpi / 72.0))


def fit_page_factor(
    page_pt: tuple[float, float], viewport_px: tuple[float, float], dpi: float
) -> float:
    """The zoom at which the whole page fits in the viewport."""
    width = fit_width_factor(page_pt[0], viewport_px[0], dpi)
    height = fit_width_factor(page_pt[1], viewport_px[1], dpi)
    return min(width, height)


def percent_text(factor: float) -> str:
    """``125 %`` (narrow no-break space, French typography, also fine in English)."""
    return f"{round(factor * 100)}\u202f%"


def print_pages(first: int, last: int, count: int) -> list[int]:
    """0-based pages to print for the dialog's 1-based range (0, 0 = every page)."""
    if count <= 0:
        return []
    if first <= 0 and last <= 0:
        return list(range(count))
    first = max(1, first)
    last = min(count, last if last > 0 else count)
    return list(range(first - 1, last))


def fit_inside(page_pt: tuple[float, float], box: tuple[int, int]) -> tuple[int, int, int, int]:
    """``(x, y, width, height)`` of the page scaled into ``box``, centred, aspect kept."""
    width_pt, height_pt = page_pt
    if width_pt <= 0 or height_pt <= 0:
        return 0, 0, box[0], box[1]
    scale = min(box[0] / width_pt, box[1] / height_pt)
    width, height = max(1, int(width_pt * scale)), max(1, int(height_pt * scale))
    return (box[0] - width) // 2, (box[1] - height) // 2, width, height


def render_pixels(size_px: tuple[int, int], device_dpi: int, max_dpi: int = 300) -> tuple[int, int]:
    """The bitmap size to render for a target ``size_px`` on a ``device_dpi`` device: at most
    ``max_dpi`` (a 1200 dpi printer would otherwise need half a gigabyte per A4 page)."""
    if device_dpi <= max_dpi:
        return size_px
    ratio = max_dpi / device_dpi
    return max(1, int(size_px[0] * ratio)), max(1, int(size_px[1] * ratio))
