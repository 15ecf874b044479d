# Benchmark: float arithmetic. 1,000,000 steps of a damped oscillator (multiply, add, subtract on
# floats held in locals), so float boxing and freeing dominate. Prints the final state.
def simulate(steps):
    x = 1.0
    v = 0.0
    dt = 0.001
    k = 4.0
    damping = 0.05
    energy = 0.0
    i = 0
    while i < steps:
        a = -k * x - damping * v
        v += a * dt
        x += v * dt
        energy += 0.5 * v * v * dt
        i += 1
    return x, v, energy


print(simulate(1000000))
