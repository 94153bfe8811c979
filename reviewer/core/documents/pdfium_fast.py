"""The PDFium calls made once per character or page object, bound with plain integer handles.

pypdfium2.raw types handles as ctypes pointers, and building a pointer object per call costs
about three times the call itself; these prototypes bind the same C functions (taken from
pypdfium2.raw, so the same library) with c_void_p handles. Call sites pass integers from
`handle()`.
"""
from __future__ import annotations

import ctypes
import threading
from ctypes import POINTER, c_double, c_float, c_int, c_uint, c_ushort, c_void_p

import pypdfium2.raw as pdfium_c


# PDFium is not thread-safe, not even for different documents: a PDF is read (checked) and a
# page rendered (the app's page view) in worker threads, one at a time
LOCK = threading.RLock()


def _bind(name: str, restype, *argtypes):
    fn = getattr(pdfium_c, name)
    address = ctypes.cast(fn, c_void_p).value
    stdcall = getattr(ctypes, "_FUNCFLAG_STDCALL", 0)
    factory = ctypes.WINFUNCTYPE if stdcall and type(fn)._flags_ & stdcall else ctypes.CFUNCTYPE  # type: ignore[attr-defined]
    return factory(restype, *argtypes)(address)


def handle(pointer) -> int:
    return ctypes.cast(pointer, c_void_p).value or 0


_f = POINTER(c_float)
_d = POINTER(c_double)
_u = POINTER(c_uint)
_i = POINTER(c_int)

page_count_objects = _bind("FPDFPage_CountObjects", c_int, c_void_p)
page_get_object = _bind("FPDFPage_GetObject", c_void_p, c_void_p, c_int)
obj_get_type = _bind("FPDFPageObj_GetType", c_int, c_void_p)
obj_get_bounds = _bind("FPDFPageObj_GetBounds", c_int, c_void_p, _f, _f, _f, _f)
obj_get_matrix = _bind("FPDFPageObj_GetMatrix", c_int, c_void_p, POINTER(pdfium_c.FS_MATRIX))
obj_get_fill = _bind("FPDFPageObj_GetFillColor", c_int, c_void_p, _u, _u, _u, _u)
obj_get_stroke = _bind("FPDFPageObj_GetStrokeColor", c_int, c_void_p, _u, _u, _u, _u)
text_obj_mode = _bind("FPDFTextObj_GetTextRenderMode", c_int, c_void_p)
text_obj_size = _bind("FPDFTextObj_GetFontSize", c_int, c_void_p, _f)
path_draw_mode = _bind("FPDFPath_GetDrawMode", c_int, c_void_p, _i, _i)
form_count_objects = _bind("FPDFFormObj_CountObjects", c_int, c_void_p)
form_get_object = _bind("FPDFFormObj_GetObject", c_void_p, c_void_p, c_uint)

text_count_chars = _bind("FPDFText_CountChars", c_int, c_void_p)
text_get_text = _bind("FPDFText_GetText", c_int, c_void_p, c_int, c_int, POINTER(c_ushort))
text_get_unicode = _bind("FPDFText_GetUnicode", c_uint, c_void_p, c_int)
text_is_generated = _bind("FPDFText_IsGenerated", c_int, c_void_p, c_int)
text_loose_box = _bind("FPDFText_GetLooseCharBox", c_int, c_void_p, c_int, POINTER(pdfium_c.FS_RECTF))
text_char_box = _bind("FPDFText_GetCharBox", c_int, c_void_p, c_int, _d, _d, _d, _d)
text_char_origin = _bind("FPDFText_GetCharOrigin", c_int, c_void_p, c_int, _d, _d)
text_char_angle = _bind("FPDFText_GetCharAngle", c_float, c_void_p, c_int)
text_object = _bind("FPDFText_GetTextObject", c_void_p, c_void_p, c_int)
