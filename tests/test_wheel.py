"""An installed wheel carries the content folders and loads the framework and the demo from them."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.seed import REPO


@pytest.mark.slow
def test_installed_wheel_loads_the_framework_and_the_demo(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(REPO), "--no-deps", "--no-build-isolation", "-q", "-w", str(dist)],
        check=True, capture_output=True,
    )
    wheel = next(dist.glob("*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "inspector/_content/standards/framework.yaml" in names
    assert "inspector/_content/standards/source-hmip-yj-standards-v3.4.txt" in names
    assert "inspector/_content/demo/northmoor-yjs.json" in names

    site = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(site), str(wheel)],
        check=True, capture_output=True,
    )
    code = (
        "import inspector, json\n"
        "from inspector.content import content_root, load_content\n"
        "from inspector.demo import load_demo\n"
        "content = load_content()\n"
        "f, demo = content.framework, load_demo(content)\n"
        "print(json.dumps([inspector.__file__, str(content_root()), len(f.prompts), f.version, len(demo.documents)]))\n"
    )
    env = {"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"}
    # Run away from the checkout so nothing can be found there by accident.
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    module, root, prompts, version, documents = __import__("json").loads(result.stdout)
    assert module.startswith(str(site))
    assert root == str(site / "inspector" / "_content")
    assert (prompts, version, documents) == (117, "v3.4, June 2024", 43)
