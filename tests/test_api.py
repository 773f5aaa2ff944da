import subprocess
import sys

import tocsin


def test_api_exports_are_sorted_and_resolve():
    assert tocsin.__all__ == sorted(tocsin.__all__)
    for name in tocsin.__all__:
        assert getattr(tocsin, name) is not None


def test_api_import_loads_no_model_or_heavy_library():
    code = "import sys, tocsin, tocsin.cli; print(any(m in sys.modules for m in ('spacy', 'trafilatura', 'lingua', 'dateparser')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_config_layers_file_env_and_flags(tmp_path, monkeypatch):
    from tocsin.config import load_config

    (tmp_path / "tocsin.toml").write_text('[tocsin]\nstore = "from-file.db"\nbatch_size = 8\n')
    monkeypatch.delenv("TOCSIN_STORE", raising=False)
    assert load_config(cwd=tmp_path).store == "from-file.db"
    monkeypatch.setenv("TOCSIN_STORE", "from-env.db")
    cfg = load_config(cwd=tmp_path)
    assert (cfg.store, cfg.batch_size) == ("from-env.db", 8)
    assert load_config({"store": "from-flag.db"}, cwd=tmp_path).store == "from-flag.db"


def test_config_unknown_setting_is_named(tmp_path):
    import pytest

    from tocsin.config import load_config
    from tocsin.errors import ConfigError

    (tmp_path / "tocsin.toml").write_text("[tocsin]\nstroe = 'x'\n")
    with pytest.raises(ConfigError, match="stroe"):
        load_config(cwd=tmp_path)
