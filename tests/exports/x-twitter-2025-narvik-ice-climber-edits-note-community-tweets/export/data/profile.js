window.YTD.profile.part0 = [
  {
    "profile" : {
      "description" : {
        "bio" : "Isklatring i Ofoten. Fjellføring om sommeren, frosne fosser om vinteren.",
        "website" : "https://t.co/Rk8vWq2LzP",
        "location" : "Narvik, Norge"
      },
      "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/1748203916657201152/pQ3x_Zr8_400x400.jpg",
      "headerMediaUrl" : "https://pbs.twimg.com/profile_banners/1287364501928374656/1705937711"
    }
  }
]
