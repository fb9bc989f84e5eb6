"""The pages in a real headless Chromium (Debian's chromium + chromedriver, driven by selenium).

uvicorn serves the app on 127.0.0.1 on a free port in a thread. Skips when
Chromium is not installed here; fails in CI, which installs it (.ci/run).
Screenshots go to the test's tmp dir.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time

import pytest
from web_store import records

pytestmark = pytest.mark.slow

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
DRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"


def _need_chromium() -> None:
    missing = [p for p in (CHROMIUM, DRIVER) if not os.path.exists(p)]
    if missing:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must run the browser test, but {', '.join(missing)} is missing (.ci/run installs "
                        f"Debian's chromium and chromium-driver)")
        pytest.skip(f"{', '.join(missing)} not installed (apt-get install chromium chromium-driver)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    import uvicorn

    from coopgraph.store import open_store
    from coopgraph.web import create_app

    _need_chromium()
    url = f"sqlite:///{tmp_path_factory.mktemp('browser-db') / 'web.db'}"
    store = open_store(url)
    store.ingest(records(tmp_path_factory.mktemp("browser-input")))
    store.close()
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(url), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not srv.started:
        assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser(server):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1000", "--lang=ko-KR", "--no-proxy-server"):
        opts.add_argument(arg)
    driver = webdriver.Chrome(service=Service(DRIVER), options=opts)
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()


def test_browse_filter_open_event_and_graph(server, browser, tmp_path):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.actions.wheel_input import ScrollOrigin
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    wait = WebDriverWait(browser, 20)

    def shot(name: str) -> None:
        path = tmp_path / f"{name}.png"
        assert browser.save_screenshot(str(path)) and path.stat().st_size > 5000

    # home: counts, the timeline chart and the most active organisations
    browser.get(server + "/")
    assert "coopgraph" in browser.title
    counts = browser.find_element(By.ID, "counts").text
    assert "사건" in counts and "문서" in counts
    bars = browser.find_elements(By.CSS_SELECTOR, "#timeline rect")
    assert bars and all(float(b.get_attribute("height")) >= 0 for b in bars)
    assert browser.find_elements(By.CSS_SELECTOR, ".top-orgs li a")
    shot("home")

    # the events list, then a facet: only agreements are left and the total shrinks
    browser.find_element(By.LINK_TEXT, "사건 Events").click()
    wait.until(ec.presence_of_element_located((By.ID, "facet-type")))
    total_all = len(browser.find_elements(By.CSS_SELECTOR, "tr.event-row"))
    facet = browser.find_element(By.CSS_SELECTOR, '#facet-type a[href*="type=agreement"]')
    count = int(facet.find_element(By.XPATH, "following-sibling::span[@class='count']").text)
    facet.click()
    wait.until(ec.url_contains("type=agreement"))
    rows = browser.find_elements(By.CSS_SELECTOR, "tr.event-row")
    assert 0 < len(rows) == count < total_all
    assert {r.find_element(By.CSS_SELECTOR, ".type").text for r in rows} == {"협정·MOU"}
    assert "type = agreement" in browser.find_element(By.CSS_SELECTOR, ".active-filters").text
    shot("events-agreement")

    # an event whose evidence sentence names a participant: its evidence inside the document, spans highlighted
    def names_itself(row) -> bool:
        evidence = row.find_element(By.XPATH, "following-sibling::tr[1]").text
        return any(a.text in evidence for a in row.find_elements(By.CSS_SELECTOR, "td:nth-child(3) a"))

    row = next(r for r in rows if names_itself(r))
    row.find_element(By.CSS_SELECTOR, "a.event-link").click()
    evidence = wait.until(ec.presence_of_element_located((By.ID, "evidence")))
    marks = evidence.find_elements(By.TAG_NAME, "mark")
    labels = {m.get_attribute("data-label") for m in marks}
    assert {"participant", "trigger"} <= labels
    names = {a.text for a in browser.find_elements(By.CSS_SELECTOR, "#event-facts dd a")}
    assert any(m.text in names for m in marks if m.get_attribute("data-label") == "participant")
    colour = marks[0].value_of_css_property("background-color")
    assert colour not in ("rgba(0, 0, 0, 0)", "transparent")  # visibly highlighted
    context = browser.find_element(By.ID, "evidence-context").text
    assert evidence.text in context and len(context) > len(evidence.text)  # shown inside its document
    assert browser.find_elements(By.CSS_SELECTOR, "#sources li.source")
    shot("event")

    # the graph: drag pans, the wheel zooms, a click on a node opens its entity page
    browser.find_element(By.LINK_TEXT, "관계망 Graph").click()
    svg = wait.until(ec.presence_of_element_located((By.ID, "graph")))
    nodes = browser.find_elements(By.CSS_SELECTOR, "#graph a.node")
    assert len(nodes) >= 2 and browser.find_elements(By.CSS_SELECTOR, "#graph line.edge")
    view = browser.find_element(By.ID, "viewport")
    before = view.get_attribute("transform")
    ActionChains(browser).move_to_element_with_offset(svg, 5, 5).click_and_hold().move_by_offset(60, 40) \
        .release().perform()
    panned = view.get_attribute("transform")
    assert panned != before
    ActionChains(browser).scroll_from_origin(ScrollOrigin.from_element(svg), 0, -300).perform()
    wait.until(lambda d: float(d.find_element(By.ID, "graph").get_attribute("data-zoom")) > 1)
    shot("graph")
    ActionChains(browser).send_keys("0").perform()  # back to the whole graph
    wait.until(lambda d: float(d.find_element(By.ID, "graph").get_attribute("data-zoom")) == 1)
    node = browser.find_elements(By.CSS_SELECTOR, "#graph a.node")[0]
    name = node.find_element(By.TAG_NAME, "text").text
    node.find_element(By.TAG_NAME, "circle").click()
    heading = wait.until(ec.presence_of_element_located((By.ID, "entity-name")))
    assert heading.text.startswith(name)
    shot("entity")
