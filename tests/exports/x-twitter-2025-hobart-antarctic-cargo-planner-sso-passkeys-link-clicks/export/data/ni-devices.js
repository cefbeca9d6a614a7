window.YTD.ni_devices.part0 = [
  {
    "niDeviceResponse" : {
      "pushDevice" : {
        "deviceVersion" : "10.71.0-release.0",
        "udid" : "9d4e2b7a1c6f0e83",
        "deviceType" : "Twitter for Android",
        "token" : "fK3xZp9LqR2-vT8_wN4mHc:APA91bHq7Yx2Kd9Lm4Vn8Pr3Tz6Bw1Cs5Fg0Jh2Qe7Uo9Ia4Rt6Ys8Dx3Wk5Nb1Mv7Ep2Gl9Zc4Ha6Jq0Uf3So8Ti5Yr1Lw7Kn2Bv9Xm4Pd6Ce0Ag3Qh8Ju5Ry",
        "updatedDate" : "2025.06.30",
        "createdDate" : "2024.12.02"
      }
    }
  },
  {
    "niDeviceResponse" : {
      "messagingDevice" : {
        "phoneNumber" : "+61491570158",
        "carrier" : "au.examplemobile",
        "deviceType" : "Auth",
        "updatedDate" : "2024.09.18",
        "createdDate" : "2023.02.04"
      }
    }
  }
]