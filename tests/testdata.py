"""Values shared by the tests (importable from any test module as ``testdata``)."""
from counselor_app.store.crypto import KdfParams

CHEAP_KDF = KdfParams(memory_kib=1024, iterations=1, lanes=1)
HEAD_LOGIN = "head"
HEAD_PASSWORD = "Quiet-Harbor-2026"
SCHOOL_NAME = "测试实验中学"
