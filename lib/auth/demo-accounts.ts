import type { Role } from "./roles";

export const DEMO_PASSWORD = "ovop-demo-2026";

export type DemoAccount = {
  association: "issyk-kul" | "sughd";
  role: Role;
  name: string;
  /** Sign-in identifier: an e-mail for staff, a phone number for producers. */
  login: string;
};

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { association: "issyk-kul", role: "producer", name: "Айгүл Осмонова", login: "+996555000001" },
  { association: "issyk-kul", role: "coordinator", name: "Нурлан Бейшеев", login: "coordinator@ovop.kg" },
  { association: "issyk-kul", role: "coordinator", name: "Гүлнара Токтосунова", login: "coordinator2@ovop.kg" },
  { association: "issyk-kul", role: "admin", name: "Бакыт Жумабаев", login: "admin@ovop.kg" },
  { association: "issyk-kul", role: "ministry", name: "Ministry of Economy, Issyk-Kul", login: "ministry@ovop.kg" },
  { association: "sughd", role: "producer", name: "Мавзуна Раҳимова", login: "+992900000001" },
  { association: "sughd", role: "coordinator", name: "Фирӯз Назаров", login: "coordinator@ovop.tj" },
  { association: "sughd", role: "admin", name: "Далер Саидов", login: "admin@ovop.tj" },
  { association: "sughd", role: "ministry", name: "Ministry of Economic Development, Sughd", login: "ministry@ovop.tj" },
];
