# Instantiating an abstract class ends the program with CPython's TypeError.
from abc import ABC, abstractmethod


class Exporter(ABC):
    @abstractmethod
    def export(self, rows):
        ...

    @abstractmethod
    def extension(self):
        ...

    @abstractmethod
    def close(self):
        ...


class CsvExporter(Exporter):
    def export(self, rows):
        return "\n".join(",".join(map(str, r)) for r in rows)


print("exporting")
CsvExporter()
