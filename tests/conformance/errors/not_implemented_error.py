# an abstract method that was never implemented
class Base:
    def run(self):
        return self.step() * 2
    def step(self):
        raise NotImplementedError("subclass must implement step()")
class Good(Base):
    def step(self):
        return 21
print(Good().run())
Base().run()
