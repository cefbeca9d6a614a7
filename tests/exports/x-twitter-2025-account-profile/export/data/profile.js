window.YTD.profile.part0 = [
  {
    "profile" : {
      "description" : {
        "bio" : "Cartographer & hiking-map nerd. Contour lines, old atlases, Transylvanian trails. ro/en",
        "website" : "https://t.co/Qm4sVt7KpZ",
        "location" : "Cluj-Napoca, România"
      },
      "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/1842210563218800640/kT3vPq0a_400x400.jpg"
    }
  }
]