"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { setBuyerArticlesAction } from "@/app/(app)/buyers/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FailureAlert } from "@/components/ui/failure-alert";
import { controlClass } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { BuyerDetails } from "@/lib/buyers/get-buyer";

type Values = { articles: { productId: string; articleNumber: string }[] };

/** The buyer's own article number for each of our products; an emptied box removes it. */
export function ArticleNumbersForm({ buyerId, articles }: { buyerId: string; articles: BuyerDetails["articles"] }) {
  const t = useTranslations("buyers");
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { register, handleSubmit, setError, formState } = useForm<Values>({
    defaultValues: { articles: articles.map(({ productId, articleNumber }) => ({ productId, articleNumber })) },
  });
  const { failure, submit } = useActionForm(setError);
  const onSubmit = handleSubmit(async (values) => {
    setSaved(false);
    if (await submit(() => setBuyerArticlesAction({ buyerId, articles: values.articles }))) {
      setSaved(true);
      router.refresh();
    }
  });
  return (
    <section aria-labelledby="articles-title" className="max-w-3xl space-y-3">
      <h2 id="articles-title" className="text-lg font-semibold">
        {t("articles")}
      </h2>
      <p className="text-stone-600">{t("articlesIntro")}</p>
      {articles.length === 0 ? (
        <p className="text-stone-600">{t("noProducts")}</p>
      ) : (
        <form onSubmit={(e) => void onSubmit(e)} noValidate className="space-y-4">
          <FailureAlert failure={failure} />
          {saved ? <Alert tone="success">{t("articlesSaved")}</Alert> : null}
          <ul className="divide-y divide-stone-200 rounded-md border border-stone-200 bg-white">
            {articles.map((a, i) => (
              <li key={a.productId} className="grid gap-2 px-4 py-3 sm:grid-cols-2 sm:items-center">
                <label htmlFor={`article-${a.productId}`} className="break-words">
                  <span className="font-medium">{a.productName}</span> <span className="font-mono text-sm text-stone-600">{a.sku}</span>
                </label>
                <input id={`article-${a.productId}`} className={controlClass} maxLength={60} autoComplete="off" {...register(`articles.${i}.articleNumber`)} />
              </li>
            ))}
          </ul>
          <Button type="submit" disabled={formState.isSubmitting}>
            {t("saveArticles")}
          </Button>
        </form>
      )}
    </section>
  );
}
