"""The dossier list model and its filter, checked like any Qt item model."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from nabestaanden.store.index import DossierSummary
from nabestaanden.ui.dossier_list import DossierFilterModel, DossierListModel


def summary(number: int, name: str, archived: bool = False, title: str = "") -> DossierSummary:
    moment = datetime(2026, 11, number)
    return DossierSummary(
        number, f"uuid-{number}", title, name, date(2026, 3, number), moment, moment, archived
    )


def test_the_models_pass_qt_model_tests(qtmodeltester: ModelTester) -> None:
    model = DossierListModel()
    model.set_rows([summary(1, "Jansen"), summary(2, "de Vries", archived=True)])
    qtmodeltester.check(model)
    proxy = DossierFilterModel()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    proxy.set_search("vries")
    proxy.set_show_archived(True)
    model.set_rows([summary(1, "Jansen"), summary(2, "de Vries"), summary(3, "Vriesma")])


def test_rows_show_dutch_dates_and_names() -> None:
    model = DossierListModel()
    model.set_rows([summary(5, "", title=""), summary(6, "Zoë IJzerman", title="Tante Zoë")])
    assert model.index(0, DossierListModel.NAME).data() == "Nieuw dossier"
    assert model.index(1, DossierListModel.NAME).data() == "Tante Zoë"
    assert model.index(1, DossierListModel.DATE_OF_DEATH).data() == "06-03-2026"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Overleden op"


def test_archived_dossiers_are_hidden_until_asked() -> None:
    model = DossierListModel()
    model.set_rows([summary(1, "Jansen"), summary(2, "Pietersen", archived=True)])
    proxy = DossierFilterModel()
    proxy.setSourceModel(model)
    assert proxy.rowCount() == 1
    proxy.set_show_archived(True)
    assert proxy.rowCount() == 2
