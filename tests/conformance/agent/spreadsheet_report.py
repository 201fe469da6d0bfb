# fetch rows for several regions, compute totals and print a formatted table
import asyncio

async def region_sales(region):
    r = await sales_api(region)
    base = len(r["args"][0]) * 1234567
    return {"region": region, "units": base // 1000, "revenue": base / 37.0}

async def main():
    regions = ["north", "south", "east", "west", "central"]
    rows = await asyncio.gather(*[region_sales(x) for x in regions])
    print(f"{'region':<8}{'units':>10}{'revenue':>16}")
    total_units = 0
    total_rev = 0.0
    for row in rows:
        total_units += row["units"]
        total_rev += row["revenue"]
        print(f"{row['region']:<8}{row['units']:>10,}{row['revenue']:>16,.2f}")
    print(f"{'total':<8}{total_units:>10,}{total_rev:>16,.2f}")
    share = [round(r["revenue"] / total_rev * 100, 1) for r in rows]
    print("share %:", share)
    print(f"avg units: {total_units / len(rows):.3f}")

asyncio.run(main())
