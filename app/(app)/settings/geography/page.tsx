import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { DeleteButton } from "@/components/geography/delete-button";
import { GroupForm } from "@/components/geography/group-form";
import { PlaceForm } from "@/components/geography/place-form";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/policy";
import { requireSession } from "@/lib/auth/session";
import { listPlaces } from "@/lib/geography/list-places";
import { activeMembersByVillage } from "@/lib/geography/village-people";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("geography"))("title") };
}

const names = (p: { nameEn: string; nameRu: string; nameKy: string }) => ({ nameEn: p.nameEn, nameRu: p.nameRu, nameKy: p.nameKy });

export default async function GeographyPage() {
  const ctx = await requireSession();
  if (!can(ctx, "geography.manage")) notFound();
  const [t, places, people] = await Promise.all([getTranslations("geography"), listPlaces(ctx), activeMembersByVillage(ctx)]);
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <div className="space-y-4" data-testid="geography">
        {places.regions.map((region) => (
          <details key={region.id} open className="rounded-md border border-stone-200 bg-white p-4">
            <summary className="cursor-pointer text-lg font-semibold">{region.name}</summary>
            <div className="mt-3 space-y-3">
              <PlaceForm label={t("renameRegion")} initial={{ kind: "region", id: region.id, ...names(region) }} />
              {places.districts
                .filter((d) => d.regionId === region.id)
                .map((district) => (
                  <details key={district.id} className="rounded-md border border-stone-200 p-3">
                    <summary className="cursor-pointer font-semibold">{district.name}</summary>
                    <div className="mt-3 space-y-3">
                      <PlaceForm label={t("renameDistrict")} initial={{ kind: "district", id: district.id, parentId: region.id, ...names(district) }} />
                      <DeleteButton target={{ kind: "district", id: district.id }} name={district.name} />
                      <ul className="space-y-2">
                        {places.villages
                          .filter((v) => v.districtId === district.id)
                          .map((village) => (
                            <li key={village.id}>
                              <details className="rounded-md bg-stone-50 p-3">
                                <summary className="cursor-pointer">{village.name}</summary>
                                <div className="mt-2 space-y-3">
                                  <PlaceForm label={t("renameVillage")} initial={{ kind: "village", id: village.id, parentId: district.id, ...names(village) }} />
                                  <DeleteButton target={{ kind: "village", id: village.id }} name={village.name} />
                                  <h3 className="font-medium">{t("groups")}</h3>
                                  <ul className="space-y-1">
                                    {places.groups
                                      .filter((g) => g.villageId === village.id)
                                      .map((g) => (
                                        <li key={g.id} className="flex flex-wrap items-center justify-between gap-2">
                                          <span>{g.name}</span>
                                          <DeleteButton target={{ kind: "group", id: g.id }} name={g.name} />
                                        </li>
                                      ))}
                                  </ul>
                                  <GroupForm villageId={village.id} people={people.get(village.id) ?? []} />
                                </div>
                              </details>
                            </li>
                          ))}
                      </ul>
                      <h3 className="font-medium">{t("addVillage")}</h3>
                      <PlaceForm label={t("addVillage")} initial={{ kind: "village", parentId: district.id, nameEn: "", nameRu: "", nameKy: "" }} />
                    </div>
                  </details>
                ))}
              <h3 className="font-medium">{t("addDistrict")}</h3>
              <PlaceForm label={t("addDistrict")} initial={{ kind: "district", parentId: region.id, nameEn: "", nameRu: "", nameKy: "" }} />
            </div>
          </details>
        ))}
        <h2 className="text-lg font-semibold">{t("addRegion")}</h2>
        <PlaceForm label={t("addRegion")} initial={{ kind: "region", nameEn: "", nameRu: "", nameKy: "" }} />
      </div>
    </>
  );
}
